// From a forum to a formation problem and back: who attends, languages, organisations, pins; a formation run
// written whole or not at all.

#include "formationbridge.h"
#include "forumfile.h"
#include "forumrepository.h"
#include "testsupport.h"

#include <QLocale>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cordee;
using cordee::test::errorText;
using namespace Qt::StringLiterals;

namespace {

Participant person(qint64 id, const QString &name, const QStringList &languages,
                   const QString &country = u"FR"_s)
{
    Participant p;
    p.id = id;
    p.firstName = name;
    p.lastName = u"Test"_s;
    p.country = country;
    p.gender = id % 2 ? Gender::Male : Gender::Female;
    p.category = Category::Practitioner;
    p.languages = languages;
    p.preferences = {u"T1"_s, u"T2"_s};
    p.status = ParticipantStatus::Present;
    return p;
}

TimeSlot slot(const QString &key, int day, int hour, SlotKind kind = SlotKind::Workshops,
              const QString &room = {})
{
    return TimeSlot{0,  key, QDate(2027, 3, 1).addDays(day), QTime(hour, 0), QTime(hour + 2, 0), kind,
                    {}, room};
}

/// Two workshop slots and a conference in the hall at the time of the first; 12 people who attend.
ForumData smallForum()
{
    ForumData d;
    d.info.title = u"Forum des Cimes"_s;
    d.info.languages = {u"fr"_s, u"en"_s};
    d.info.workshopMin = 3;
    d.info.workshopMax = 5;
    d.themes = {Theme{0, u"T1"_s, u"Impact"_s, {}}, Theme{0, u"T2"_s, u"Finance"_s, {}}};
    d.rooms = {Room{0, u"HALL"_s, u"Hall"_s, 100}, Room{0, u"R1"_s, u"Salle 1"_s, 5},
               Room{0, u"R2"_s, u"Salle 2"_s, 5}, Room{0, u"R3"_s, u"Salle 3"_s, 5}};
    d.timeSlots = {slot(u"W1"_s, 0, 10), slot(u"CONF"_s, 0, 10, SlotKind::Conference, u"HALL"_s),
                   slot(u"W2"_s, 1, 10)};
    for (int i = 0; i < 12; ++i)
        d.participants << person(0, QStringLiteral("P%1").arg(i), {u"fr"_s, u"en"_s});
    return d;
}

/// A snapshot with every case the model must tell apart (no file needed).
ForumSnapshot trickySnapshot()
{
    const ForumData d = smallForum();
    ForumSnapshot s;
    s.info = d.info;
    s.themes = d.themes;
    s.rooms = d.rooms;
    s.timeSlots = {d.timeSlots[1], d.timeSlots[0], d.timeSlots[2]}; // loadTimeSlots' order: CONF, W1, W2
    s.workshops = {Workshop{0, u"W1-A"_s, u"W1"_s, u"T1"_s, u"R1"_s, u"fr"_s, {}, 0, 0},
                   Workshop{0, u"W1-B"_s, u"W1"_s, u"T2"_s, {}, u"en"_s, {}, 0, 0},
                   Workshop{0, u"W2-A"_s, u"W2"_s, {}, u"R3"_s, {}, {}, 0, 0}};
    Participant ana = person(10, u"Ana"_s, {u"fr"_s});
    ana.organisation = u"Coopérative Élan"_s;
    Participant bo = person(11, u"Bo"_s, {u"wo"_s, u"fr"_s, u"en"_s}, u"SN"_s);
    bo.organisation = u" COOPERATIVE ELAN"_s;
    Participant cy = person(12, u"Cy"_s, {u"en"_s}, u"BR"_s);
    cy.gender = Gender::NotStated;
    cy.category = Category::Unspecified;
    cy.unavailableSlots = {u"W2"_s};
    cy.preferences = {u"T2"_s, u"T9"_s};
    Participant di = person(13, u"Di"_s, {u"de"_s}, {});
    Participant eve = person(14, u"Eve"_s, {u"fr"_s});
    eve.roles = Roles{Role::Organizer};
    Participant fay = person(15, u"Fay"_s, {u"es"_s});
    fay.roles = Roles{Role::Participant, Role::GuestOfHonour};
    Participant gil = person(16, u"Gil"_s, {u"fr"_s});
    gil.status = ParticipantStatus::Cancelled;
    Participant hal = person(17, u"Hal"_s, {u"fr"_s});
    hal.erased = true;
    s.participants = {ana, bo, cy, di, eve, fay, gil, hal};
    s.assignments = {
        AssignmentRow{10, u"W1-A"_s, u"W1"_s, true}, AssignmentRow{11, u"W1-A"_s, u"W1"_s, false},
        AssignmentRow{12, u"W1-B"_s, u"W1"_s, false}, AssignmentRow{12, u"W2-A"_s, u"W2"_s, true},
        AssignmentRow{16, u"W1-B"_s, u"W1"_s, true}};
    return s;
}

int count(const ForumDatabase &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QList<AssignmentRow> storedRows(const ForumDatabase &db)
{
    const auto rows = AssignmentRepository(db.connection()).loadAll();
    return rows ? *rows : QList<AssignmentRow>{};
}

} // namespace

class TstFormationBridge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void peopleAndAttendance();
    void languagesShareIds();
    void attributesBecomeIds();
    void programmeAndNames();
    void pinsFromPinnedPlacements();
    void rowsRoundTrip();

    void formPlansAndWrites();
    void formOneSlotKeepsTheOthers();
    void slotsAtTheSameTimeGetDistinctRooms();
    void infeasibleWritesNothing();
    void unknownSlotRefused();
    void checkReportsBrokenRules();

private:
    std::unique_ptr<ForumDatabase> create(const ForumData &data);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstFormationBridge::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TstFormationBridge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstFormationBridge::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<ForumDatabase> TstFormationBridge::create(const ForumData &data)
{
    auto db = createForumFile(m_dir->filePath(u"forum.cordee"_s), data);
    if (!db)
        qWarning("%s", qPrintable(db.error().fullText()));
    return db ? std::move(db).value() : nullptr;
}

void TstFormationBridge::peopleAndAttendance()
{
    const FormationModel m = buildFormationModel(trickySnapshot());
    // Gil cancelled and Hal's identity was erased: not counted, not people of the problem.
    QCOMPARE(m.personIds, (QList<qint64>{10, 11, 12, 13, 14, 15}));
    const auto &people = m.problem.people;
    QCOMPARE(people[0].attends, (std::vector<bool>{true, true}));
    QCOMPARE(people[2].attends, (std::vector<bool>{true, false}));  // misses W2
    QCOMPARE(people[4].attends, (std::vector<bool>{false, false})); // organizer
    QCOMPARE(people[5].attends, (std::vector<bool>{false, false})); // guest of honour
    QCOMPARE(people[0].preferences, (std::vector<int>{0, 1}));
    QCOMPARE(people[2].preferences, std::vector<int>{1}); // an unknown theme is dropped
}

void TstFormationBridge::languagesShareIds()
{
    ForumSnapshot s = trickySnapshot();
    FormationModel m = buildFormationModel(s);
    // The forum's languages first, so workshops and people agree on them.
    QCOMPARE(m.languageCodes.mid(0, 2), (QStringList{u"fr"_s, u"en"_s}));
    const int fr = 0, en = 1, wo = int(m.languageCodes.indexOf(u"wo"_s));
    QCOMPARE(m.problem.workshops[0].language, fr);
    QCOMPARE(m.problem.workshops[1].language, en);
    QCOMPARE(m.problem.workshops[2].language, -1);
    QCOMPARE(m.problem.people[0].languages, std::vector<int>{fr});
    QCOMPARE(m.problem.people[1].languages, (std::vector<int>{wo, fr, en}));
    // Di speaks no working language: placed as if with an interpreter, and counted as such.
    QVERIFY(m.problem.people[3].languages.empty());
    QCOMPARE(m.interpreted, 1);
    QCOMPARE(m.problem.languageNames.at(fr), QLocale(u"fr"_s).nativeLanguageName());

    // A workshop held in German makes German a working language.
    s.workshops << Workshop{0, u"W2-B"_s, u"W2"_s, u"T1"_s, {}, u"de"_s, {}, 0, 0};
    m = buildFormationModel(s);
    QCOMPARE(m.problem.people[3].languages, std::vector<int>{int(m.languageCodes.indexOf(u"de"_s))});
    QCOMPARE(m.interpreted, 0);
}

void TstFormationBridge::attributesBecomeIds()
{
    const FormationModel m = buildFormationModel(trickySnapshot());
    const auto &p = m.problem.people;
    QVERIFY(p[0].organisation >= 0);
    QCOMPARE(p[1].organisation, p[0].organisation); // accents, case and spaces do not matter
    QCOMPARE(p[2].organisation, -1);                // none
    QCOMPARE(p[0].country, p[4].country);           // both FR
    QVERIFY(p[1].country != p[0].country);
    QCOMPARE(p[3].country, -1);
    QCOMPARE(p[0].continent, int(Continent::Europe));
    QCOMPARE(p[1].continent, int(Continent::Africa));
    QCOMPARE(p[2].continent, int(Continent::Americas));
    QCOMPARE(p[3].continent, -1);
    QCOMPARE(p[0].gender, int(Gender::Female));
    QCOMPARE(p[2].gender, -1);
    QCOMPARE(p[0].category, int(Category::Practitioner));
    QCOMPARE(p[2].category, -1);
}

void TstFormationBridge::programmeAndNames()
{
    const FormationModel m = buildFormationModel(trickySnapshot());
    const formation::Problem &pb = m.problem;
    QCOMPARE(m.slotKeys, (QStringList{u"W1"_s, u"W2"_s}));
    QCOMPARE(pb.slotCount, 2);
    QCOMPARE(pb.themeCount, 2);
    QCOMPARE(pb.minSize, 3);
    QCOMPARE(pb.maxSize, 5);
    QCOMPARE(pb.slotNames, (QStringList{u"Mon 1 Mar 10:00"_s, u"Tue 2 Mar 10:00"_s}));
    QCOMPARE(pb.themeNames, (QStringList{u"Impact"_s, u"Finance"_s}));
    QCOMPARE(m.workshopKeys, (QStringList{u"W1-A"_s, u"W1-B"_s, u"W2-A"_s}));
    QCOMPARE(pb.workshops[0].capacity, 5);
    QCOMPARE(pb.workshops[1].capacity, 5); // no room: the largest size
    QCOMPARE(pb.workshops[2].slot, 1);
    QCOMPARE(pb.workshops[2].theme, -1); // no theme
}

void TstFormationBridge::pinsFromPinnedPlacements()
{
    const FormationModel m = buildFormationModel(trickySnapshot());
    // Ana's pin holds; Cy's pin is in a slot she now misses; Gil cancelled.
    QCOMPARE(m.problem.pins.size(), size_t(1));
    QCOMPARE(m.problem.pins[0].person, 0);
    QCOMPARE(m.problem.pins[0].workshop, 0);
}

void TstFormationBridge::rowsRoundTrip()
{
    const ForumSnapshot s = trickySnapshot();
    const FormationModel m = buildFormationModel(s);
    const formation::Assignment a = assignmentFromRows(m, s.assignments);
    QCOMPARE(a.workshopOf.size(), size_t(2));
    QCOMPARE(a.workshopOf[0][0], 0);
    QCOMPARE(a.workshopOf[0][2], 1);
    QCOMPARE(a.workshopOf[1][2], 2);
    QCOMPARE(a.workshopOf[1][0], -1);
    const QList<AssignmentRow> rows = rowsFromAssignment(m, a, {0});
    QCOMPARE(rows, (QList<AssignmentRow>{{10, u"W1-A"_s, u"W1"_s, true},
                                         {11, u"W1-A"_s, u"W1"_s, false},
                                         {12, u"W1-B"_s, u"W1"_s, false}}));
}

void TstFormationBridge::formPlansAndWrites()
{
    auto db = create(smallForum());
    QVERIFY(db);
    formation::Scorecard card;
    FormationSummary summary;
    const Status s = formWorkshops(*db, FormOptions{{}, 7, 30, {}, nullptr}, &card, &summary);
    QVERIFY2(s, qPrintable(errorText(s)));
    QCOMPARE(card.hardViolations, 0);
    QCOMPARE(summary.placements, 24);
    QCOMPARE(summary.formedSlots, (QStringList{u"W1"_s, u"W2"_s}));
    QVERIFY(summary.plannedWorkshops >= 6); // 12 people in workshops of 3 to 5, twice
    QCOMPARE(summary.workshops, summary.plannedWorkshops);
    const auto workshops = ForumRepository(db->connection()).loadWorkshops();
    QVERIFY(workshops);
    for (const Workshop &w : *workshops) {
        QVERIFY2(w.key.startsWith(w.slot + u'-' + w.theme + u'-' + w.language + u'-'), qPrintable(w.key));
        QVERIFY(!w.room.isEmpty());
        if (w.slot == u"W1")
            QVERIFY(w.room != u"HALL"); // the conference holds it
    }
    QCOMPARE(count(*db, u"SELECT COUNT(*) FROM assignment"_s), 24);
    const auto checked = checkForum(*db);
    QVERIFY(checked);
    QCOMPARE(checked->hardViolations, 0);
    QCOMPARE(checked->objective, card.objective);
}

void TstFormationBridge::formOneSlotKeepsTheOthers()
{
    auto db = create(smallForum());
    QVERIFY(db);
    QVERIFY(formWorkshops(*db, FormOptions{{}, 1, 30, {}, nullptr}, nullptr));
    QList<AssignmentRow> w1Before = storedRows(*db);
    w1Before.removeIf([](const AssignmentRow &r) { return r.slot != u"W1"; });
    const int workshopsBefore = count(*db, u"SELECT COUNT(*) FROM workshop"_s);

    FormationSummary summary;
    const Status s = formWorkshops(*db, FormOptions{{u"W2"_s}, 99, 30, {}, nullptr}, nullptr, &summary);
    QVERIFY2(s, qPrintable(errorText(s)));
    QCOMPARE(summary.formedSlots, QStringList{u"W2"_s});
    QCOMPARE(summary.plannedWorkshops, 0); // W2 has its workshops already
    QList<AssignmentRow> w1After = storedRows(*db);
    w1After.removeIf([](const AssignmentRow &r) { return r.slot != u"W1"; });
    QCOMPARE(w1After, w1Before);
    QCOMPARE(count(*db, u"SELECT COUNT(*) FROM workshop"_s), workshopsBefore);
    QCOMPARE(summary.placements, 24);
}

void TstFormationBridge::slotsAtTheSameTimeGetDistinctRooms()
{
    ForumData data = smallForum();
    data.timeSlots << slot(u"W1B"_s, 0, 11); // overlaps W1 (10–12)
    for (int i = 4; i <= 6; ++i)
        data.rooms << Room{0, QStringLiteral("R%1").arg(i), QStringLiteral("Salle %1").arg(i), 5};
    auto db = create(data);
    QVERIFY(db);
    const Status s = formWorkshops(*db, FormOptions{{u"W1"_s, u"W1B"_s}, 1, 30, {}, nullptr}, nullptr);
    QVERIFY2(s, qPrintable(errorText(s)));
    const auto workshops = ForumRepository(db->connection()).loadWorkshops();
    QVERIFY(workshops);
    QStringList rooms;
    for (const Workshop &w : *workshops)
        rooms << w.room;
    QCOMPARE(rooms.size(), 6);
    rooms.removeDuplicates();
    QCOMPARE(rooms.size(), 6);
    QVERIFY(!rooms.contains(u"HALL"_s));
}

void TstFormationBridge::infeasibleWritesNothing()
{
    // Seven people, workshops of exactly five: no plan exists.
    ForumData data = smallForum();
    data.info.workshopMin = data.info.workshopMax = 5;
    data.participants = data.participants.mid(0, 7);
    auto db = create(data);
    QVERIFY(db);
    const Status s = formWorkshops(*db, FormOptions{}, nullptr);
    QVERIFY(!s);
    QVERIFY(!s.error().message.isEmpty());
    QCOMPARE(count(*db, u"SELECT COUNT(*) FROM workshop"_s), 0);
    QCOMPARE(count(*db, u"SELECT COUNT(*) FROM assignment"_s), 0);

    // With a plan in the file, a run that fails leaves it as it was.
    data.info.workshopMin = 3;
    db.reset();
    QVERIFY(QFile::remove(m_dir->filePath(u"forum.cordee"_s)));
    db = create(data);
    QVERIFY(db);
    QVERIFY(formWorkshops(*db, FormOptions{}, nullptr));
    const QList<AssignmentRow> before = storedRows(*db);
    QVERIFY(!before.isEmpty());
    ForumInfo info = data.info;
    info.workshopMin = info.workshopMax = 5;
    QVERIFY(ForumRepository(db->connection()).saveInfo(info));
    QVERIFY(!formWorkshops(*db, FormOptions{}, nullptr));
    QCOMPARE(storedRows(*db), before);
}

void TstFormationBridge::unknownSlotRefused()
{
    auto db = create(smallForum());
    QVERIFY(db);
    for (const QString &key : {u"W9"_s, u"CONF"_s}) {
        const Status s = formWorkshops(*db, FormOptions{{key}, 1, 5, {}, nullptr}, nullptr);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(key), qPrintable(s.error().message));
    }
    QCOMPARE(count(*db, u"SELECT COUNT(*) FROM workshop"_s), 0);

    // A programme without any workshop slot has nothing to form.
    db.reset();
    QVERIFY(QFile::remove(m_dir->filePath(u"forum.cordee"_s)));
    ForumData plenaryOnly = smallForum();
    plenaryOnly.timeSlots = {plenaryOnly.timeSlots[1]};
    db = create(plenaryOnly);
    QVERIFY(db);
    QVERIFY(!formWorkshops(*db, FormOptions{}, nullptr));
}

void TstFormationBridge::checkReportsBrokenRules()
{
    auto db = create(smallForum());
    QVERIFY(db);
    FormationSummary summary;
    const auto card = checkForum(*db, &summary);
    QVERIFY(card);
    // No workshops yet: each of the 12 people misses both slots.
    QCOMPARE(card->hardViolations, 24);
    QCOMPARE(card->violations.size(), 24);
    QCOMPARE(summary.placements, 0);
}

QTEST_GUILESS_MAIN(TstFormationBridge)
#include "tst_formationbridge.moc"
