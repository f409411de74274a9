#include "participantdetails.h"

#include "countrytable.h"
#include "forumdocument.h"
#include "languagenames.h"

#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cordee {

namespace {

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:8px; color:palette(mid)'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

ParticipantDetails::ParticipantDetails(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("participantDetails"));
    // A text browser (not a label) so long names and addresses wrap to the panel's width.
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("participantDetailsText"));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->viewport()->setAutoFillBackground(false);
    m_text->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    showParticipant(0);
}

void ParticipantDetails::showParticipant(qint64 id)
{
    const int index = m_document && id ? m_document->indexOfParticipant(id) : -1;
    if (index < 0) {
        m_text->setHtml(QStringLiteral("<p style='color:palette(mid)'>%1</p>")
                            .arg(tr("Select a participant to see their details here.").toHtmlEscaped()));
        return;
    }
    m_text->setHtml(describe(m_document->participants().at(index)));
}

QString ParticipantDetails::describe(const Participant &p) const
{
    const QLocale locale;
    QString country;
    if (const Country *c = CountryTable::instance().find(p.country))
        country =
            QStringLiteral("%1 (%2)").arg(c->name(CountryTable::uiLanguage()), vocab::label(c->continent));
    QStringList languages;
    for (const QString &code : p.languages)
        languages << nativeLanguageName(code);
    QStringList preferences;
    for (qsizetype i = 0; i < p.preferences.size(); ++i) {
        QString title = p.preferences.at(i);
        for (const Theme &t : m_document->themes())
            if (t.key == title)
                title = t.title;
        preferences << QStringLiteral("%1. %2").arg(i + 1).arg(title.toHtmlEscaped());
    }
    QStringList missed;
    for (const TimeSlot &s : m_document->timeSlots())
        if (p.unavailableSlots.contains(s.key))
            missed << QStringLiteral("%1 %2").arg(locale.toString(s.date, QLocale::ShortFormat),
                                                  s.start.toString(QStringLiteral("HH:mm")));
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(p.displayName().toHtmlEscaped());
    html += row(tr("Organisation"), p.organisation);
    html += row(tr("Country"), country);
    // Break opportunities after "@" and dots, so an address wraps instead of widening the panel.
    html += row(
        tr("E-mail"),
        QString(p.email).replace(u'@', QStringLiteral("@\u200B")).replace(u'.', QStringLiteral(".\u200B")));
    html += row(tr("Category"), p.category == Category::Unspecified ? QString() : vocab::label(p.category));
    html += row(tr("Gender"), vocab::label(p.gender));
    html += row(tr("Age"), p.ageBand == AgeBand::Unknown ? QString() : vocab::label(p.ageBand));
    html += row(tr("Languages"), languages.join(QStringLiteral(", ")));
    html += row(tr("Roles"), vocab::rolesLabel(p.roles));
    html += row(tr("Status"), vocab::label(p.status));
    html += row(tr("Misses"), missed.join(QStringLiteral(", ")));
    html += QStringLiteral("</table>");
    if (!preferences.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(tr("Theme preferences").toHtmlEscaped(), preferences.join(QStringLiteral("<br>")));
    if (!p.notes.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(tr("Notes").toHtmlEscaped(), p.notes.toHtmlEscaped());
    return html;
}

} // namespace cordee
