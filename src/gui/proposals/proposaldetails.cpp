#include "proposaldetails.h"

#include "forumdocument.h"
#include "proposallineage.h"
#include "sdg.h"

#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace cordee {

ProposalDetails::ProposalDetails(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("proposalDetails"));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("proposalDetailsText"));
    m_text->setAccessibleName(tr("Proposal details and history"));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"proposal")
            Q_EMIT proposalActivated(url.path());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    showProposal({});
}

QString ProposalDetails::text() const
{
    return m_text->toPlainText();
}

QString ProposalDetails::link(const QString &key, bool withText) const
{
    const Proposal *p = m_document ? m_document->proposals().find(key) : nullptr;
    QString out = QStringLiteral("<a href=\"proposal:%1\">%1</a>").arg(key.toHtmlEscaped());
    if (withText && p) {
        QString text = p->text;
        if (text.size() > 90)
            text = text.left(88) + u'…';
        out += QStringLiteral(" — ") + text.toHtmlEscaped();
    }
    return out;
}

void ProposalDetails::showProposal(const QString &key)
{
    const Proposal *p = m_document ? m_document->proposals().find(key) : nullptr;
    m_key = p ? key : QString();
    if (!p) {
        m_text->setHtml(QStringLiteral("<p><i>%1</i></p>")
                            .arg(tr("Select a proposal to see its details and its history: what it was "
                                    "merged from, and what it became.")
                                     .toHtmlEscaped()));
        return;
    }
    m_text->setHtml(describe(*p) + history(*p));
}

QString ProposalDetails::describe(const Proposal &p) const
{
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style=\"padding-right: 8px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
    };
    QString html =
        QStringLiteral("<h3>%1 · %2</h3><p>%3</p><table>")
            .arg(p.key.toHtmlEscaped(), vocab::label(p.status).toHtmlEscaped(), p.text.toHtmlEscaped());
    QString workshop = tr("Plenary");
    QString theme = p.theme;
    for (const Workshop &w : m_document->workshops())
        if (w.key == p.workshop)
            workshop = w.title.isEmpty() ? w.key : w.key + QStringLiteral(" · ") + w.title;
    for (const Theme &t : m_document->themes())
        if (t.key == p.theme)
            theme = t.title;
    html += row(tr("Workshop"), workshop.toHtmlEscaped());
    html += row(tr("Theme"), theme.isEmpty() ? tr("none") : theme.toHtmlEscaped());
    if (const int r = m_document->indexOfParticipant(p.rapporteurId); r >= 0)
        html += row(tr("Rapporteur"), m_document->participants().at(r).displayName().toHtmlEscaped());
    html += row(tr("Support"), p.support < 0 ? tr("unknown") : QLocale().toString(p.support));
    if (!p.actors.isEmpty())
        html += row(tr("Calls on"), p.actors.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!p.sdgs.isEmpty()) {
        QStringList goals;
        for (int goal : p.sdgs)
            goals << sdg::label(goal).toHtmlEscaped();
        html += row(tr("SDGs"), goals.join(QStringLiteral("<br>")));
    }
    if (p.isSubPoint())
        html += row(tr("Sub-point of"), link(p.parent, true));
    const QStringList children = m_document->proposals().childrenOf(p.key);
    if (!children.isEmpty()) {
        QStringList links;
        for (const QString &child : children)
            links << link(child, false);
        html += row(tr("Sub-points"), links.join(QStringLiteral(", ")));
    }
    return html + QStringLiteral("</table>");
}

QString ProposalDetails::history(const Proposal &p) const
{
    const ProposalSet &set = m_document->proposals();
    QStringList lines;
    const QLocale locale;
    const auto when = [&](const LineageEdge &e) {
        return e.at.isValid()
                   ? QStringLiteral(" <i>(%1)</i>")
                         .arg(locale.toString(e.at.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped())
                   : QString();
    };
    // What it was made from.
    QStringList mergedFrom, splitFrom;
    QString madeWhen;
    for (const LineageEdge &e : set.sourcesOf(p.key)) {
        (e.kind == LineageKind::Merge ? mergedFrom : splitFrom) << link(e.source, true);
        madeWhen = when(e);
    }
    if (!mergedFrom.isEmpty())
        lines << tr("Made from %n proposal(s) merged:", nullptr, int(mergedFrom.size())) + madeWhen +
                     QStringLiteral("<br>") + mergedFrom.join(QStringLiteral("<br>"));
    if (!splitFrom.isEmpty())
        lines << tr("Split from:") + madeWhen + QStringLiteral("<br>") +
                     splitFrom.join(QStringLiteral("<br>"));
    // What it became.
    QStringList mergedInto, splitInto;
    QString becameWhen;
    for (const LineageEdge &e : set.targetsOf(p.key)) {
        (e.kind == LineageKind::Merge ? mergedInto : splitInto) << link(e.target, true);
        becameWhen = when(e);
    }
    if (!mergedInto.isEmpty()) {
        lines << tr("Merged into:") + becameWhen + QStringLiteral("<br>") +
                     mergedInto.join(QStringLiteral("<br>"));
        // With which others: what the committee saw as saying the same.
        QStringList with;
        for (const LineageEdge &e : set.targetsOf(p.key))
            if (e.kind == LineageKind::Merge)
                for (const LineageEdge &other : set.sourcesOf(e.target))
                    if (other.source != p.key && other.kind == LineageKind::Merge)
                        with << link(other.source, false);
        if (!with.isEmpty())
            lines << tr("Together with: %1").arg(with.join(QStringLiteral(", ")));
    }
    if (!splitInto.isEmpty())
        lines << tr("Split into:") + becameWhen + QStringLiteral("<br>") +
                     splitInto.join(QStringLiteral("<br>"));
    // Further back and further on.
    const auto further = [&](const QStringList &all, const QList<LineageEdge> &direct, bool sources) {
        QStringList out;
        for (const QString &key : all) {
            const bool isDirect = std::any_of(direct.cbegin(), direct.cend(), [&](const LineageEdge &e) {
                return (sources ? e.source : e.target) == key;
            });
            if (!isDirect)
                out << link(key, true);
        }
        return out;
    };
    if (const QStringList earlier = further(originsOf(set, p.key), set.sourcesOf(p.key), true);
        !earlier.isEmpty())
        lines << tr("Earlier:") + QStringLiteral("<br>") + earlier.join(QStringLiteral("<br>"));
    if (const QStringList later = further(descendantsOf(set, p.key), set.targetsOf(p.key), false);
        !later.isEmpty())
        lines << tr("Later:") + QStringLiteral("<br>") + later.join(QStringLiteral("<br>"));
    if (lines.isEmpty())
        lines << tr("Captured as it is: not merged or split.").toHtmlEscaped();
    return QStringLiteral("<h4>%1</h4><p>").arg(tr("History").toHtmlEscaped()) +
           lines.join(QStringLiteral("</p><p>")) + QStringLiteral("</p>");
}

} // namespace cordee
