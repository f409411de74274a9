// The grid's days and items, the moves a drop makes, and the plan of a slot's workshops from demand.
#include "smallprogramme.h"
#include "testsupport.h"

#include "demandplan.h"
#include "forumdocument.h"
#include "forumfile.h"
#include "programmecommands.h"
#include "programmeschedule.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>

using namespace cordee;
using cordee::test::errorText;

namespace {

const ScheduleItem *itemOf(const ScheduleDay &day, const QString &key)
{
    for (const ScheduleItem &i : day.items)
        if (i.key == key)
            return &i;
    return nullptr;
}

} // namespace

class TstProgrammeSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_doc.reset(); }
    void daysOfTheProgramme();
    void itemsOfADay();
    void overlappingItemsShareTheirRow();
    void snapping_data();
    void snapping();
    void moves();
    void refusedMoves();
    void demandOfASlot();
    void plannedWorkshopsKeepTheirMembersWhenAlike();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<ForumDocument> m_doc;
};

void TstProgrammeSchedule::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1-%2.cordee").arg(++m_files).arg(QString::fromLatin1(QTest::currentTestFunction())));
    auto db = createForumFile(path, cordee::test::smallProgrammeForum());
    QVERIFY2(db, qPrintable(errorText(db.status())));
    auto doc = ForumDocument::fromDatabase(std::move(db).value());
    QVERIFY(doc);
    m_doc = std::move(doc).value();
}

void TstProgrammeSchedule::daysOfTheProgramme()
{
    ForumInfo info;
    QCOMPARE(programmeDays(info, m_doc->timeSlots()),
             (QList<QDate>{QDate(2026, 10, 14), QDate(2026, 10, 15)}));
    // The forum's dates count even without items; a slot outside them adds its day.
    info.startDate = QDate(2026, 10, 13);
    info.endDate = QDate(2026, 10, 14);
    QCOMPARE(programmeDays(info, m_doc->timeSlots()),
             (QList<QDate>{QDate(2026, 10, 13), QDate(2026, 10, 14), QDate(2026, 10, 15)}));
}

void TstProgrammeSchedule::itemsOfADay()
{
    const ScheduleDay day = buildScheduleDay(*m_doc, QDate(2026, 10, 14), {});
    QCOMPARE(day.items.size(), 5);
    QCOMPARE(day.from, QTime(9, 0));
    QCOMPARE(day.to, QTime(18, 0));
    const ScheduleItem *conf = itemOf(day, QStringLiteral("D1-CONF"));
    QCOMPARE(conf->room, QStringLiteral("HALL"));
    QCOMPARE(conf->title, QStringLiteral("Opening"));
    const ScheduleItem *slot = itemOf(day, QStringLiteral("D1-W1"));
    QVERIFY(slot->room.isEmpty()); // workshop slots sit in the row without room
    QVERIFY(slot->detail.contains(u'2'));
    const ScheduleItem *w = itemOf(day, QStringLiteral("W1-B"));
    QVERIFY(w->isWorkshop());
    QCOMPARE(w->room, QStringLiteral("BAOBAB"));
    QCOMPARE(w->start, QTime(13, 30));
    QCOMPARE(w->title, QStringLiteral("Commons"));
    QVERIFY2(w->detail.startsWith(QStringLiteral("FR")) && w->detail.contains(u'2'), qPrintable(w->detail));
    QVERIFY(!w->inConflict);
}

void TstProgrammeSchedule::overlappingItemsShareTheirRow()
{
    Workshop w = m_doc->workshops().at(1);
    Workshop moved = w;
    moved.room = QStringLiteral("ATLAS");
    QVERIFY(m_doc->saveWorkshop(moved));
    const QList<ProgrammeConflict> conflicts = findProgrammeConflicts(programmeData(*m_doc));
    QCOMPARE(conflicts.size(), 1);
    const ScheduleDay day = buildScheduleDay(*m_doc, QDate(2026, 10, 14), conflicts);
    const ScheduleItem *a = itemOf(day, QStringLiteral("W1-A"));
    const ScheduleItem *b = itemOf(day, QStringLiteral("W1-B"));
    QCOMPARE(a->tracks, 2);
    QCOMPARE(b->tracks, 2);
    QVERIFY(a->track != b->track);
    QVERIFY(a->inConflict && b->inConflict);
    QCOMPARE(itemOf(day, QStringLiteral("D1-CONF"))->tracks, 1);
}

void TstProgrammeSchedule::snapping_data()
{
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QTime>("snapped");
    QTest::newRow("exact") << QTime(10, 15) << QTime(10, 15);
    QTest::newRow("down") << QTime(10, 7) << QTime(10, 0);
    QTest::newRow("up") << QTime(10, 8) << QTime(10, 15);
    QTest::newRow("hour") << QTime(10, 53) << QTime(11, 0);
    QTest::newRow("late") << QTime(23, 59) << QTime(23, 45);
}

void TstProgrammeSchedule::snapping()
{
    QFETCH(QTime, time);
    QFETCH(QTime, snapped);
    QCOMPARE(snapToQuarter(time), snapped);
}

void TstProgrammeSchedule::moves()
{
    const ScheduleDay day = buildScheduleDay(*m_doc, QDate(2026, 10, 14), {});
    // A plenary item: room and snapped time, same length.
    auto move =
        scheduleMove(*m_doc, *itemOf(day, QStringLiteral("D1-CONF")), QStringLiteral("ATLAS"), QTime(10, 8));
    QVERIFY(move && *move);
    std::unique_ptr<QUndoCommand> command = std::move(move).value();
    QVERIFY(command->text().contains(QStringLiteral("Atlas")));
    m_doc->undoStack()->push(command.release());
    const TimeSlot &conf = m_doc->timeSlots().constFirst();
    QCOMPARE(conf.room, QStringLiteral("ATLAS"));
    QCOMPARE(conf.start, QTime(10, 15));
    QCOMPARE(conf.end, QTime(11, 45));
    // To the row without room: the room goes.
    move = scheduleMove(*m_doc,
                        *itemOf(buildScheduleDay(*m_doc, QDate(2026, 10, 14), {}), QStringLiteral("D1-CONF")),
                        QString(), QTime(10, 15));
    m_doc->undoStack()->push(std::move(move).value().release());
    QVERIFY(m_doc->timeSlots().constFirst().room.isEmpty());
    // A workshop: its room only.
    move = scheduleMove(*m_doc, *itemOf(day, QStringLiteral("W1-A")), QStringLiteral("HALL"), QTime(8, 0));
    m_doc->undoStack()->push(std::move(move).value().release());
    QCOMPARE(m_doc->workshops().constFirst().room, QStringLiteral("HALL"));
    // Dropped where it already is: nothing to do.
    move =
        scheduleMove(*m_doc, *itemOf(day, QStringLiteral("W1-B")), QStringLiteral("BAOBAB"), QTime(13, 30));
    QVERIFY(move && !*move);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->timeSlots().constFirst().room, QStringLiteral("HALL"));
    QCOMPARE(m_doc->timeSlots().constFirst().start, QTime(9, 30));
    QCOMPARE(m_doc->workshops().constFirst().room, QStringLiteral("ATLAS"));
}

void TstProgrammeSchedule::refusedMoves()
{
    const ScheduleDay day = buildScheduleDay(*m_doc, QDate(2026, 10, 14), {});
    QVERIFY(!scheduleMove(*m_doc, *itemOf(day, QStringLiteral("W1-A")), QString(), QTime(13, 30)));
    QVERIFY(
        !scheduleMove(*m_doc, *itemOf(day, QStringLiteral("D1-W1")), QStringLiteral("ATLAS"), QTime(13, 30)));
    const auto late = scheduleMove(*m_doc, *itemOf(day, QStringLiteral("D1-CONF")), QString(), QTime(23, 0));
    QVERIFY(!late);
    QVERIFY(late.error().message.contains(QStringLiteral("midnight")));
    ScheduleItem gone = *itemOf(day, QStringLiteral("W1-A"));
    gone.key = QStringLiteral("NOPE");
    QVERIFY(!scheduleMove(*m_doc, gone, QStringLiteral("ATLAS"), QTime(13, 30)));
}

void TstProgrammeSchedule::demandOfASlot()
{
    const ForumSnapshot forum = m_doc->snapshot();
    const SlotDemand d1 = slotDemand(forum, QStringLiteral("D1-W1"));
    QCOMPARE(d1.attending, 6);
    QCOMPARE(d1.themes.size(), 3);
    QCOMPARE(d1.themes.at(0).firstChoices, 4);
    QCOMPARE(d1.themes.at(1).firstChoices, 2);
    QCOMPARE(d1.themes.at(2).ranked, 0);
    QCOMPARE(d1.freeRooms,
             (QStringList{QStringLiteral("ATLAS"), QStringLiteral("BAOBAB"), QStringLiteral("HALL")}));
    const SlotDemand d2 = slotDemand(forum, QStringLiteral("D2-W2"));
    QCOMPARE(d2.attending, 5); // Fatou misses it
    QCOMPARE(seatsOf(m_doc->workshops(), m_doc->rooms(), 6), 12);
}

void TstProgrammeSchedule::plannedWorkshopsKeepTheirMembersWhenAlike()
{
    const ForumSnapshot forum = m_doc->snapshot();
    Workshop again;
    again.theme = QStringLiteral("T1");
    again.language = QStringLiteral("fr");
    again.room = QStringLiteral("HALL");
    Workshop other;
    other.theme = QStringLiteral("T3");
    other.language = QStringLiteral("fr");
    other.room = QStringLiteral("BAOBAB");
    const QList<Workshop> planned =
        keyPlannedWorkshops({again, other}, QStringLiteral("D1-W1"), forum.workshops, {});
    QCOMPARE(planned.size(), 2);
    // The T1 workshop takes W1-A's place (its members stay) in its new room; T3 is new.
    QCOMPARE(planned.at(0).key, QStringLiteral("W1-A"));
    QCOMPARE(planned.at(0).room, QStringLiteral("HALL"));
    QCOMPARE(planned.at(1).key, QStringLiteral("D1-W1-T3-fr-1"));
    QCOMPARE(planned.at(1).slot, QStringLiteral("D1-W1"));
    const QList<AssignmentRow> kept = placementsKept(forum, QStringLiteral("D1-W1"), planned);
    QCOMPARE(kept.size(), 4);
    for (const AssignmentRow &a : kept)
        QCOMPARE(a.workshop, QStringLiteral("W1-A"));
    // Applied as one step, and undone as one.
    m_doc->undoStack()->push(
        new EditWorkshopCommand(m_doc.get(), forum.workshops.at(0), forum.workshops.at(0)));
    QVERIFY(m_doc->replaceSlotPlans({QStringLiteral("D1-W1")}, planned, kept));
    QCOMPARE(m_doc->assignments().size(), 4);
    QCOMPARE(m_doc->workshops().size(), 2);
}

QTEST_GUILESS_MAIN(TstProgrammeSchedule)
#include "tst_programmeschedule.moc"
