// Conflicts of the programme over plain data: rooms used twice, rooms too small, people in two places.
#include "programmeconflicts.h"

#include <QTest>

using namespace cordee;
using Kind = ProgrammeConflict::Kind;

namespace {

TimeSlot slot(const char *key, int day, const char *start, const char *end, SlotKind kind,
              const char *room = "")
{
    TimeSlot s;
    s.key = QString::fromLatin1(key);
    s.date = QDate(2026, 10, 14).addDays(day);
    s.start = QTime::fromString(QString::fromLatin1(start), QStringLiteral("HH:mm"));
    s.end = QTime::fromString(QString::fromLatin1(end), QStringLiteral("HH:mm"));
    s.kind = kind;
    s.title = kind == SlotKind::Workshops ? QString() : QStringLiteral("Item ") + s.key;
    s.room = QString::fromLatin1(room);
    return s;
}

Workshop workshop(const char *key, const char *slotKey, const char *room, qint64 facilitator = 0,
                  qint64 rapporteur = 0)
{
    Workshop w;
    w.key = QString::fromLatin1(key);
    w.slot = QString::fromLatin1(slotKey);
    w.theme = QStringLiteral("T1");
    w.room = QString::fromLatin1(room);
    w.facilitatorId = facilitator;
    w.rapporteurId = rapporteur;
    return w;
}

/// Two days: a conference in the hall, a workshop slot (W1, 13:30–15:30) with two rooms, a round table
/// overlapping nothing, and a second day's workshop slot.
ProgrammeData sample()
{
    ProgrammeData p;
    p.themes << Theme{0, QStringLiteral("T1"), QStringLiteral("Financing"), {}};
    p.rooms << Room{0, QStringLiteral("HALL"), QStringLiteral("Main hall"), 400}
            << Room{0, QStringLiteral("A"), QStringLiteral("Atlas"), 20}
            << Room{0, QStringLiteral("B"), QStringLiteral("Baobab"), 12};
    p.timeSlots << slot("D1-CONF", 0, "09:30", "12:00", SlotKind::Conference, "HALL")
                << slot("D1-LUNCH", 0, "12:00", "13:30", SlotKind::Break)
                << slot("D1-W1", 0, "13:30", "15:30", SlotKind::Workshops)
                << slot("D1-RT", 0, "16:00", "17:30", SlotKind::RoundTable, "HALL")
                << slot("D2-W2", 1, "13:30", "15:30", SlotKind::Workshops);
    p.workshops << workshop("W1-A", "D1-W1", "A", 1, 2) << workshop("W1-B", "D1-W1", "B", 3, 4)
                << workshop("W2-A", "D2-W2", "A", 1, 2);
    p.workshopMax = 12;
    for (qint64 id = 1; id <= 10; ++id)
        p.names.insert(id, QStringLiteral("Person %1").arg(id));
    return p;
}

QList<ProgrammeConflict> ofKind(const QList<ProgrammeConflict> &all, Kind kind)
{
    QList<ProgrammeConflict> out;
    for (const ProgrammeConflict &c : all)
        if (c.kind == kind)
            out << c;
    return out;
}

} // namespace

class TstProgrammeConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overlap_data();
    void overlap();
    void cleanProgrammeHasNone();
    void twoWorkshopsInOneRoom();
    void plenaryAndWorkshopInOneRoom();
    void touchingAndOtherDaysAreFine();
    void itemsWithoutRoomAreFine();
    void workshopLargerThanItsRoom();
    void emptyWorkshopBelowTheForumsMaximum();
    void facilitatorInTwoWorkshops();
    void rapporteurPlacedElsewhere();
    void leadingOnesOwnWorkshopIsFine();
    void conflictsComeInProgrammeOrder();
};

void TstProgrammeConflicts::overlap_data()
{
    QTest::addColumn<QString>("aStart");
    QTest::addColumn<QString>("aEnd");
    QTest::addColumn<QString>("bStart");
    QTest::addColumn<QString>("bEnd");
    QTest::addColumn<int>("bDay");
    QTest::addColumn<bool>("overlaps");
    QTest::newRow("same") << "10:00"
                          << "11:00"
                          << "10:00"
                          << "11:00" << 0 << true;
    QTest::newRow("inside") << "10:00"
                            << "12:00"
                            << "10:30"
                            << "11:00" << 0 << true;
    QTest::newRow("straddles") << "10:00"
                               << "11:00"
                               << "10:45"
                               << "11:30" << 0 << true;
    QTest::newRow("touching") << "10:00"
                              << "11:00"
                              << "11:00"
                              << "12:00" << 0 << false;
    QTest::newRow("before") << "10:00"
                            << "11:00"
                            << "08:00"
                            << "09:00" << 0 << false;
    QTest::newRow("next day") << "10:00"
                              << "11:00"
                              << "10:00"
                              << "11:00" << 1 << false;
}

void TstProgrammeConflicts::overlap()
{
    QFETCH(QString, aStart);
    QFETCH(QString, aEnd);
    QFETCH(QString, bStart);
    QFETCH(QString, bEnd);
    QFETCH(int, bDay);
    QFETCH(bool, overlaps);
    const TimeSlot a = slot("A", 0, qPrintable(aStart), qPrintable(aEnd), SlotKind::Conference);
    const TimeSlot b = slot("B", bDay, qPrintable(bStart), qPrintable(bEnd), SlotKind::Conference);
    QCOMPARE(slotsOverlap(a, b), overlaps);
    QCOMPARE(slotsOverlap(b, a), overlaps);
}

void TstProgrammeConflicts::cleanProgrammeHasNone()
{
    const QList<ProgrammeConflict> found = findProgrammeConflicts(sample());
    QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.constFirst().message));
}

void TstProgrammeConflicts::twoWorkshopsInOneRoom()
{
    ProgrammeData p = sample();
    p.workshops[1].room = QStringLiteral("A");
    const QList<ProgrammeConflict> found = ofKind(findProgrammeConflicts(p), Kind::RoomDoubleBooked);
    QCOMPARE(found.size(), 1);
    const ProgrammeConflict &c = found.constFirst();
    QCOMPARE(c.roomKey, QStringLiteral("A"));
    QCOMPARE(c.workshopKeys, (QStringList{QStringLiteral("W1-A"), QStringLiteral("W1-B")}));
    QVERIFY(c.slotKeys.isEmpty());
    QVERIFY2(c.message.contains(QStringLiteral("Atlas")) && c.message.contains(QStringLiteral("W1-A")) &&
                 c.message.contains(QStringLiteral("W1-B")) && c.message.contains(QStringLiteral("13:30")),
             qPrintable(c.message));
}

void TstProgrammeConflicts::plenaryAndWorkshopInOneRoom()
{
    ProgrammeData p = sample();
    // The round table moves into Atlas and earlier, over the workshop slot's last half hour.
    p.timeSlots[3].room = QStringLiteral("A");
    p.timeSlots[3].start = QTime(15, 0);
    const QList<ProgrammeConflict> found = ofKind(findProgrammeConflicts(p), Kind::RoomDoubleBooked);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().workshopKeys, QStringList{QStringLiteral("W1-A")});
    QCOMPARE(found.constFirst().slotKeys, QStringList{QStringLiteral("D1-RT")});
    QVERIFY2(found.constFirst().message.contains(QStringLiteral("Item D1-RT")),
             qPrintable(found.constFirst().message));
}

void TstProgrammeConflicts::touchingAndOtherDaysAreFine()
{
    ProgrammeData p = sample();
    p.timeSlots[3].room = QStringLiteral("A");
    p.timeSlots[3].start = QTime(15, 30);      // starts when the workshops end
    p.timeSlots[0].room = QStringLiteral("A"); // the morning, before the workshops
    QVERIFY(findProgrammeConflicts(p).isEmpty());
}

void TstProgrammeConflicts::itemsWithoutRoomAreFine()
{
    ProgrammeData p = sample();
    p.timeSlots << slot("D1-CONF2", 0, "10:00", "11:00", SlotKind::Conference)
                << slot("D1-BREAK", 0, "10:30", "10:45", SlotKind::Break);
    p.workshops << workshop("W1-X", "D1-W1", "");
    QVERIFY(findProgrammeConflicts(p).isEmpty());
}

void TstProgrammeConflicts::workshopLargerThanItsRoom()
{
    ProgrammeData p = sample();
    for (qint64 id = 1; id <= 13; ++id)
        p.members << WorkshopMember{id + 100, QStringLiteral("W1-B")};
    const QList<ProgrammeConflict> found = findProgrammeConflicts(p);
    QCOMPARE(found.size(), 1);
    const ProgrammeConflict &c = found.constFirst();
    QCOMPARE(c.kind, Kind::RoomTooSmall);
    QCOMPARE(c.workshopKeys, QStringList{QStringLiteral("W1-B")});
    QCOMPARE(c.roomKey, QStringLiteral("B"));
    QVERIFY2(c.message.contains(QStringLiteral("13")) && c.message.contains(QStringLiteral("Baobab")) &&
                 c.message.contains(QStringLiteral("12")),
             qPrintable(c.message));
    // Twelve members fit the twelve seats.
    p.members.removeLast();
    QVERIFY(findProgrammeConflicts(p).isEmpty());
}

void TstProgrammeConflicts::emptyWorkshopBelowTheForumsMaximum()
{
    ProgrammeData p = sample();
    p.workshopMax = 15; // Baobab seats 12
    QList<ProgrammeConflict> found = findProgrammeConflicts(p);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().kind, Kind::RoomBelowMaximum);
    QCOMPARE(found.constFirst().workshopKeys, QStringList{QStringLiteral("W1-B")});
    QVERIFY2(found.constFirst().message.contains(QStringLiteral("15")),
             qPrintable(found.constFirst().message));
    // Once people are placed, their number counts rather than the maximum.
    for (qint64 id = 1; id <= 11; ++id)
        p.members << WorkshopMember{id + 100, QStringLiteral("W1-B")};
    QVERIFY(findProgrammeConflicts(p).isEmpty());
}

void TstProgrammeConflicts::facilitatorInTwoWorkshops()
{
    ProgrammeData p = sample();
    p.workshops[1].facilitatorId = 1; // also facilitates W1-A at the same time
    const QList<ProgrammeConflict> found = findProgrammeConflicts(p);
    QCOMPARE(found.size(), 1);
    const ProgrammeConflict &c = found.constFirst();
    QCOMPARE(c.kind, Kind::PersonInTwoPlaces);
    QCOMPARE(c.participantId, qint64(1));
    QCOMPARE(c.workshopKeys, (QStringList{QStringLiteral("W1-A"), QStringLiteral("W1-B")}));
    QVERIFY2(c.message.contains(QStringLiteral("Person 1")) &&
                 c.message.contains(QStringLiteral("facilitator")),
             qPrintable(c.message));
}

void TstProgrammeConflicts::rapporteurPlacedElsewhere()
{
    ProgrammeData p = sample();
    p.members << WorkshopMember{2, QStringLiteral("W1-B")}; // rapporteur of W1-A
    const QList<ProgrammeConflict> found = findProgrammeConflicts(p);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().kind, Kind::PersonInTwoPlaces);
    QCOMPARE(found.constFirst().participantId, qint64(2));
    QVERIFY2(found.constFirst().message.contains(QStringLiteral("rapporteur")) &&
                 found.constFirst().message.contains(QStringLiteral("member")),
             qPrintable(found.constFirst().message));
}

void TstProgrammeConflicts::leadingOnesOwnWorkshopIsFine()
{
    ProgrammeData p = sample();
    p.members << WorkshopMember{1, QStringLiteral("W1-A")} << WorkshopMember{2, QStringLiteral("W1-A")};
    // Person 1 leads W1-A on day 1 and W2-A on day 2: not at the same time.
    QVERIFY(findProgrammeConflicts(p).isEmpty());
    // Two plain placements in one slot are the formation's business, not a programme conflict.
    p.members << WorkshopMember{50, QStringLiteral("W1-A")} << WorkshopMember{50, QStringLiteral("W1-B")};
    QVERIFY(findProgrammeConflicts(p).isEmpty());
}

void TstProgrammeConflicts::conflictsComeInProgrammeOrder()
{
    ProgrammeData p = sample();
    p.workshops << workshop("W2-A2", "D2-W2", "A");                                 // day 2, 13:30
    p.timeSlots[3].room = QStringLiteral("B");                                      // day 1, 16:00: fine
    p.timeSlots << slot("D1-X", 0, "10:00", "11:00", SlotKind::RoundTable, "HALL"); // day 1, 09:30
    const QList<ProgrammeConflict> found = findProgrammeConflicts(p);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).slotKeys, (QStringList{QStringLiteral("D1-CONF"), QStringLiteral("D1-X")}));
    QCOMPARE(found.at(1).workshopKeys, (QStringList{QStringLiteral("W2-A"), QStringLiteral("W2-A2")}));
}

QTEST_GUILESS_MAIN(TstProgrammeConflicts)
#include "tst_programmeconflicts.moc"
