#include "timeslotdialog.h"

#include "dialogsupport.h"
#include "programmekeys.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace cordee {

TimeSlotDialog::TimeSlotDialog(const ForumInfo &info, QList<Room> rooms, QSet<QString> takenKeys,
                               QWidget *parent)
    : QDialog(parent)
    , m_info(info)
    , m_rooms(std::move(rooms))
    , m_taken(std::move(takenKeys))
{
    setObjectName(QStringLiteral("timeSlotDialog"));
    setWindowTitle(tr("Add Time Slot"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setAccessibleName(tr("Day"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    if (info.startDate.isValid() && info.endDate.isValid() && info.startDate <= info.endDate)
        m_date->setDateRange(info.startDate, info.endDate);
    m_start = new QTimeEdit(this);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setAccessibleName(tr("Start"));
    m_end = new QTimeEdit(this);
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_end->setAccessibleName(tr("End"));
    for (QTimeEdit *t : {m_start, m_end})
        t->setDisplayFormat(QStringLiteral("HH:mm"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Kind"));
    for (SlotKind k : vocab::slotKinds())
        m_kind->addItem(vocab::label(k), QVariant::fromValue(int(k)));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("roomCombo"));
    m_room->setAccessibleName(tr("Room"));
    m_room->addItem(tr("No room"), QString());
    for (const Room &r : std::as_const(m_rooms))
        m_room->addItem(tr("%1 (%n seat(s))", nullptr, r.capacity).arg(r.name), r.key);
    m_key = dialogs::makeKeyEdit(this);
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyTyped = true; });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TimeSlotDialog::kindChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &TimeSlotDialog::updateKey);
    // An end before the start follows it, an hour later.
    connect(m_start, &QTimeEdit::timeChanged, this, [this](const QTime &start) {
        if (m_end->time() <= start)
            m_end->setTime(start.addSecs(60 * 60));
    });

    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_end);
    times->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Day:"), m_date);
    auto *timeLabel = new QLabel(tr("&Time:"), this);
    timeLabel->setBuddy(m_start); // a row of several fields has no buddy of its own
    form->addRow(timeLabel, times);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Room:"), m_room);
    form->addRow(tr("&Key:"), m_key);
    m_problem = dialogs::makeProblemLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TimeSlotDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TimeSlotDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    TimeSlot fresh;
    fresh.date = info.startDate.isValid() ? info.startDate : QDate::currentDate();
    fresh.start = QTime(9, 0);
    fresh.end = QTime(10, 30);
    fresh.kind = SlotKind::Conference;
    setTimeSlot(fresh);
}

void TimeSlotDialog::setTimeSlot(const TimeSlot &slot)
{
    m_original = slot;
    setWindowTitle(slot.id ? tr("Edit Time Slot") : tr("Add Time Slot"));
    m_date->setDate(slot.date);
    m_start->setTime(slot.start);
    m_end->setTime(slot.end);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(slot.kind))));
    m_title->setText(slot.title);
    m_room->setCurrentIndex(std::max(0, m_room->findData(slot.room)));
    if (slot.id) {
        m_key->setText(slot.key);
        dialogs::lockKey(m_key);
    }
    kindChanged();
}

void TimeSlotDialog::kindChanged()
{
    const auto kind = SlotKind(m_kind->currentData().toInt());
    // Workshop slots have no room: each of their workshops has one.
    const bool workshops = kind == SlotKind::Workshops;
    m_room->setEnabled(!workshops);
    if (workshops)
        m_room->setCurrentIndex(0);
    m_title->setPlaceholderText(workshops ? tr("Optional, e.g. Workshops of the morning")
                                          : tr("e.g. Opening ceremony"));
    updateKey();
}

void TimeSlotDialog::updateKey()
{
    if (m_original.id != 0 || m_keyTyped)
        return;
    const int day = m_info.startDate.isValid() ? int(m_info.startDate.daysTo(m_date->date())) + 1 : 1;
    m_key->setText(timeSlotKey(std::max(1, day), SlotKind(m_kind->currentData().toInt()), m_taken));
}

TimeSlot TimeSlotDialog::timeSlot() const
{
    TimeSlot s = m_original;
    s.date = m_date->date();
    s.start = QTime(m_start->time().hour(), m_start->time().minute());
    s.end = QTime(m_end->time().hour(), m_end->time().minute());
    s.kind = SlotKind(m_kind->currentData().toInt());
    s.title = m_title->text().simplified();
    s.room = s.kind == SlotKind::Workshops ? QString() : m_room->currentData().toString();
    if (s.id == 0)
        s.key = m_key->text().trimmed();
    return s;
}

void TimeSlotDialog::accept()
{
    const TimeSlot s = timeSlot();
    QList<FieldProblem> problems = validateTimeSlot(s, m_info, m_rooms);
    if (s.id == 0)
        problems += dialogs::keyProblems(s.key, m_taken);
    if (!dialogs::showProblems(m_problem, problems)) {
        const QString field = problems.constFirst().field;
        QWidget *focus = field == u"key"    ? static_cast<QWidget *>(m_key)
                         : field == u"date" ? static_cast<QWidget *>(m_date)
                         : field == u"room" ? static_cast<QWidget *>(m_room)
                                            : static_cast<QWidget *>(m_end);
        focus->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cordee
