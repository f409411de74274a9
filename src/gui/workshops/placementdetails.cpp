#include "placementdetails.h"

#include "memberlist.h"
#include "workshopcard.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace cordee {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString listOrNone(const QStringList &items, const QString &none)
{
    if (items.isEmpty())
        return none.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(escaped(none));
    QString out = QStringLiteral("<ul>");
    for (const QString &item : items)
        out += QStringLiteral("<li>%1</li>").arg(escaped(item));
    return out + QStringLiteral("</ul>");
}

} // namespace

PlacementDetails::PlacementDetails(QWidget *parent)
    : QWidget(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("placementDetails"));
    m_text->setAccessibleName(tr("Why is this person here?"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    showHint();
}

QString PlacementDetails::text() const
{
    return m_text->toPlainText();
}

void PlacementDetails::showHint()
{
    m_text->setHtml(QStringLiteral("<p>%1</p>")
                        .arg(escaped(tr("Select someone on the board to see why they are in their workshop: "
                                        "the rank they gave its theme, who shares their country or "
                                        "organisation, and whom they met before."))));
}

void PlacementDetails::showExplanation(const PlacementExplanation &why)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(why.name));
    if (!why.attends)
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("Not expected in this slot: they are an organizer or a guest of honour, "
                                    "said they would miss it, or cancelled.")));
    if (why.workshop.isEmpty()) {
        if (why.attends)
            html += QStringLiteral("<p>%1</p>").arg(escaped(tr("In no workshop of this slot yet.")));
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("In %1 (%2), held in %3.")
                                     .arg(why.workshop,
                                          why.themeTitle.isEmpty() ? tr("no theme") : why.themeTitle,
                                          languageDisplayName(why.language))));
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(escaped(why.rank > 0 ? tr("This theme is their %1.").arg(rankText(why.rank))
                                              : tr("They did not rank this theme.")));
        if (why.pinned)
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("Pinned here by hand: forming the workshops again keeps them here.")));
    }
    html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Their choices")));
    QStringList ranked;
    for (int i = 0; i < why.preferences.size(); ++i)
        ranked << QStringLiteral("%1. %2").arg(i + 1).arg(why.preferences.at(i));
    html += listOrNone(ranked, tr("No theme ranked."));
    if (!why.earlierThemes.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Themes of their earlier slots")));
        html += listOrNone(why.earlierThemes, QString());
    }
    if (!why.workshop.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Same country in this workshop")));
        html += listOrNone(why.sameCountry, tr("Nobody."));
        html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Same organisation in this workshop")));
        html += listOrNone(why.sameOrganisation, tr("Nobody."));
        html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Met in an earlier slot")));
        html += listOrNone(why.metBefore, tr("Nobody: everyone here is new to them."));
    }
    QStringList languages;
    for (const QString &code : why.languages)
        languages << languageDisplayName(code);
    html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                .arg(escaped(tr("Languages")),
                     escaped(languages.isEmpty() ? tr("Not known: any workshop fits.")
                                                 : languages.join(QStringLiteral(", "))));
    m_text->setHtml(html);
}

} // namespace cordee
