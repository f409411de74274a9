#include "programmedetails.h"

#include "forumdocument.h"
#include "languagenames.h"

#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace cordee {

namespace {

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:8px; color:palette(mid)'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

template <typename T>
const T *byKey(const QList<T> &items, const QString &key)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&](const T &i) { return i.key == key; });
    return it == items.cend() ? nullptr : &*it;
}

QString when(const TimeSlot &s)
{
    const QLocale locale;
    return QStringLiteral("%1, %2–%3")
        .arg(locale.toString(s.date, QStringLiteral("dddd d MMMM")),
             locale.toString(s.start, QStringLiteral("HH:mm")),
             locale.toString(s.end, QStringLiteral("HH:mm")));
}

QString personName(const ForumDocument &document, qint64 id)
{
    const int index = id ? document.indexOfParticipant(id) : -1;
    return index >= 0 ? document.participants().at(index).displayName() : QString();
}

QString languageName(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QString name = cordee::nativeLanguageName(code);
    return name == code ? code : QStringLiteral("%1 (%2)").arg(name, code);
}

} // namespace

ProgrammeDetails::ProgrammeDetails(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("programmeDetails"));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("programmeDetailsText"));
    m_text->setAccessibleName(tr("Details of the selected item"));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->viewport()->setAutoFillBackground(false);
    m_text->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    showItem(nullptr, {}, {});
}

QString ProgrammeDetails::text() const
{
    return m_text->toPlainText();
}

void ProgrammeDetails::showItem(const ForumDocument *document, const ProgrammeRef &ref,
                                const QList<ProgrammeConflict> &conflicts)
{
    QString html;
    if (document && !ref.isNull()) {
        switch (ref.type) {
        case ProgrammeRef::Type::TimeSlot:
            html = describeSlot(*document, ref.key);
            break;
        case ProgrammeRef::Type::Workshop:
            html = describeWorkshop(*document, ref.key);
            break;
        case ProgrammeRef::Type::Theme:
            html = describeTheme(*document, ref.key);
            break;
        case ProgrammeRef::Type::Room:
            html = describeRoom(*document, ref.key);
            break;
        case ProgrammeRef::Type::None:
            break;
        }
    }
    if (html.isEmpty()) {
        m_text->setHtml(
            QStringLiteral("<p style='color:palette(mid)'>%1</p><p style='color:palette(mid)'>%2</p>")
                .arg(tr("Select an item of the grid or of the lists to see it here.").toHtmlEscaped(),
                     tr("Drag an item to another room or time; Ctrl+Z takes a move back.").toHtmlEscaped()));
        return;
    }
    QStringList mine;
    for (const ProgrammeConflict &c : conflicts)
        if (c.slotKeys.contains(ref.key) || c.workshopKeys.contains(ref.key) ||
            (ref.type == ProgrammeRef::Type::Room && c.roomKey == ref.key))
            mine << QStringLiteral("<li>%1</li>").arg(c.message.toHtmlEscaped());
    if (!mine.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><ul style='margin-left:-20px'>%2</ul>")
                    .arg(tr("⚠ Conflicts").toHtmlEscaped(), mine.join(QString()));
    m_text->setHtml(html);
}

QString ProgrammeDetails::describeSlot(const ForumDocument &document, const QString &key) const
{
    const TimeSlot *s = byKey(document.timeSlots(), key);
    if (!s)
        return {};
    QString html = QStringLiteral("<h3>%1</h3><table>")
                       .arg((s->title.isEmpty() ? vocab::label(s->kind) : s->title).toHtmlEscaped());
    html += row(tr("Kind"), vocab::label(s->kind));
    html += row(tr("When"), when(*s));
    if (const Room *r = byKey(document.rooms(), s->room))
        html += row(tr("Room"), tr("%1 (%n seat(s))", nullptr, r->capacity).arg(r->name));
    html += row(tr("Key"), s->key);
    if (s->kind == SlotKind::Workshops) {
        int workshops = 0, members = 0;
        for (const Workshop &w : document.workshops())
            workshops += w.slot == key ? 1 : 0;
        for (const AssignmentRow &a : document.assignments())
            members += a.slot == key ? 1 : 0;
        const auto absent =
            std::count_if(document.participants().cbegin(), document.participants().cend(),
                          [&](const Participant &p) { return p.unavailableSlots.contains(key); });
        html += row(tr("Workshops"), QString::number(workshops));
        html += row(tr("Placed"), tr("%n participant(s)", nullptr, members));
        html += row(tr("Absent"), absent ? tr("%n participant(s)", nullptr, int(absent)) : QString());
    }
    return html + QStringLiteral("</table>");
}

QString ProgrammeDetails::describeWorkshop(const ForumDocument &document, const QString &key) const
{
    const Workshop *w = byKey(document.workshops(), key);
    if (!w)
        return {};
    const Theme *theme = byKey(document.themes(), w->theme);
    const QString title = !w->title.isEmpty() ? w->title : theme ? theme->title : tr("Workshop %1").arg(key);
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(title.toHtmlEscaped());
    html += row(tr("Theme"), theme ? theme->title : tr("none"));
    if (const TimeSlot *s = byKey(document.timeSlots(), w->slot))
        html += row(tr("When"), when(*s));
    int members = 0;
    for (const AssignmentRow &a : document.assignments())
        members += a.workshop == key ? 1 : 0;
    const Room *room = byKey(document.rooms(), w->room);
    html += row(tr("Room"),
                room ? tr("%1 (%n seat(s))", nullptr, room->capacity).arg(room->name) : tr("none yet"));
    html += row(tr("Language"), languageName(w->language));
    html += row(tr("Members"),
                room ? tr("%1 of %2 seats").arg(members).arg(room->capacity) : QString::number(members));
    html += row(tr("Facilitator"), personName(document, w->facilitatorId));
    html += row(tr("Rapporteur"), personName(document, w->rapporteurId));
    html += row(tr("Key"), w->key);
    return html + QStringLiteral("</table>");
}

QString ProgrammeDetails::describeTheme(const ForumDocument &document, const QString &key) const
{
    const Theme *t = byKey(document.themes(), key);
    if (!t)
        return {};
    int first = 0, ranked = 0, workshops = 0;
    for (const Participant &p : document.participants()) {
        if (!p.isCounted())
            continue;
        ranked += p.preferences.contains(key) ? 1 : 0;
        first += !p.preferences.isEmpty() && p.preferences.constFirst() == key ? 1 : 0;
    }
    for (const Workshop &w : document.workshops())
        workshops += w.theme == key ? 1 : 0;
    QString html = QStringLiteral("<h3>%1</h3>").arg(t->title.toHtmlEscaped());
    if (!t->description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(t->description.toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("First choice of"), tr("%n participant(s)", nullptr, first));
    html += row(tr("Ranked by"), tr("%n participant(s)", nullptr, ranked));
    html += row(tr("Workshops"), QString::number(workshops));
    html += row(tr("Key"), t->key);
    return html + QStringLiteral("</table>");
}

QString ProgrammeDetails::describeRoom(const ForumDocument &document, const QString &key) const
{
    const Room *r = byKey(document.rooms(), key);
    if (!r)
        return {};
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(r->name.toHtmlEscaped());
    html += row(tr("Seats"), QString::number(r->capacity));
    html += row(tr("Key"), r->key);
    html += QStringLiteral("</table>");
    QStringList uses;
    for (const TimeSlot &s : document.timeSlots())
        if (s.room == key)
            uses << QStringLiteral("<li>%1 — %2</li>")
                        .arg(when(s).toHtmlEscaped(), (s.title.isEmpty() ? s.key : s.title).toHtmlEscaped());
    int workshops = 0;
    for (const Workshop &w : document.workshops())
        workshops += w.room == key ? 1 : 0;
    if (workshops > 0)
        uses << QStringLiteral("<li>%1</li>").arg(tr("%n workshop(s)", nullptr, workshops).toHtmlEscaped());
    if (!uses.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><ul style='margin-left:-20px'>%2</ul>")
                    .arg(tr("Used by").toHtmlEscaped(), uses.join(QString()));
    return html;
}

} // namespace cordee
