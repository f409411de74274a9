// Placements in the file: loading in programme order, replacing whole slots, removing a slot's workshops.

#include "assignmentrepository.h"
#include "forumfile.h"
#include "forumrepository.h"
#include "sqlcheck.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee;
using cordee::test::errorText;
using namespace Qt::StringLiterals;

namespace {

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

Participant person(const QString &first)
{
    Participant p;
    p.firstName = first;
    p.lastName = u"Test"_s;
    return p;
}

/// Two workshop slots with two workshops each, three people placed in both slots (one of them pinned).
ForumData forum()
{
    ForumData d;
    d.info.title = u"Forum des Cimes"_s;
    d.themes = {Theme{0, u"T1"_s, u"Impact"_s, {}}, Theme{0, u"T2"_s, u"Finance"_s, {}}};
    d.rooms = {Room{0, u"R1"_s, u"Salle 1"_s, 15}, Room{0, u"R2"_s, u"Salle 2"_s, 15}};
    d.timeSlots = {
        TimeSlot{0, u"W1"_s, QDate(2027, 3, 1), QTime(10, 0), QTime(12, 0), SlotKind::Workshops, {}, {}},
        TimeSlot{0, u"W2"_s, QDate(2027, 3, 2), QTime(10, 0), QTime(12, 0), SlotKind::Workshops, {}, {}},
    };
    d.workshops = {Workshop{0, u"W1-A"_s, u"W1"_s, u"T1"_s, u"R1"_s, u"fr"_s, {}, 0, 0},
                   Workshop{0, u"W1-B"_s, u"W1"_s, u"T2"_s, u"R2"_s, u"en"_s, {}, 0, 0},
                   Workshop{0, u"W2-A"_s, u"W2"_s, u"T1"_s, u"R1"_s, {}, {}, 0, 0},
                   Workshop{0, u"W2-B"_s, u"W2"_s, u"T2"_s, {}, {}, {}, 0, 0}};
    d.participants = {person(u"Ana"_s), person(u"Bo"_s), person(u"Cy"_s)};
    d.assignments = {AssignmentData{0, u"W1-A"_s, true},  AssignmentData{1, u"W1-B"_s, false},
                     AssignmentData{2, u"W1-A"_s, false}, AssignmentData{0, u"W2-B"_s, false},
                     AssignmentData{1, u"W2-A"_s, false}, AssignmentData{2, u"W2-B"_s, false}};
    return d;
}

} // namespace

class TstAssignmentRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void loadAllInProgrammeOrder();
    void replaceSlotsKeepsOtherSlots();
    void replaceSlotsRefuses_data();
    void replaceSlotsRefuses();
    void replaceInRolledBackTransactionChangesNothing();
    void deleteWorkshopsOfSlots();
    void insertWorkshopsFillsIds();

private:
    QSqlDatabase conn() const { return m_db->connection(); }
    QList<qint64> m_ids;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ForumDatabase> m_db;
};

void TstAssignmentRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = createForumFile(m_dir->filePath(u"forum.cordee"_s), forum());
    QVERIFY2(db, qPrintable(errorText(db.status())));
    m_db = std::move(db).value();
    m_ids.clear();
    QSqlQuery q(conn());
    QVERIFY(q.exec(u"SELECT id FROM participant ORDER BY id"_s));
    while (q.next())
        m_ids << q.value(0).toLongLong();
    QCOMPARE(m_ids.size(), 3);
}

void TstAssignmentRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TstAssignmentRepository::loadAllInProgrammeOrder()
{
    const auto rows = AssignmentRepository(conn()).loadAll();
    QVERIFY2(rows, qPrintable(errorText(rows.status())));
    const QList<AssignmentRow> expected{
        {m_ids[0], u"W1-A"_s, u"W1"_s, true},  {m_ids[2], u"W1-A"_s, u"W1"_s, false},
        {m_ids[1], u"W1-B"_s, u"W1"_s, false}, {m_ids[1], u"W2-A"_s, u"W2"_s, false},
        {m_ids[0], u"W2-B"_s, u"W2"_s, false}, {m_ids[2], u"W2-B"_s, u"W2"_s, false},
    };
    QCOMPARE(*rows, expected);
}

void TstAssignmentRepository::replaceSlotsKeepsOtherSlots()
{
    AssignmentRepository repo(conn());
    const QList<AssignmentRow> fresh{{m_ids[0], u"W2-A"_s, u"W2"_s, true}, {m_ids[2], u"W2-A"_s, {}, false}};
    const Status s = repo.replaceSlots({u"W2"_s}, fresh);
    QVERIFY2(s, qPrintable(errorText(s)));
    const auto rows = repo.loadAll();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 5);
    QCOMPARE(rows->at(0), (AssignmentRow{m_ids[0], u"W1-A"_s, u"W1"_s, true}));
    QCOMPARE(rows->at(3), (AssignmentRow{m_ids[0], u"W2-A"_s, u"W2"_s, true}));
    QCOMPARE(rows->at(4), (AssignmentRow{m_ids[2], u"W2-A"_s, u"W2"_s, false}));

    // Replacing with nothing empties the slot.
    QVERIFY(repo.replaceSlots({u"W1"_s, u"W2"_s}, {}));
    QCOMPARE(count(conn(), u"SELECT COUNT(*) FROM assignment"_s), 0);
}

void TstAssignmentRepository::replaceSlotsRefuses_data()
{
    QTest::addColumn<QStringList>("slotKeys");
    QTest::addColumn<QString>("workshop");
    QTest::newRow("unknown slot") << QStringList{u"W9"_s} << QString();
    QTest::newRow("unknown workshop") << QStringList{u"W2"_s} << u"W2-Z"_s;
    QTest::newRow("workshop of another slot") << QStringList{u"W2"_s} << u"W1-A"_s;
}

void TstAssignmentRepository::replaceSlotsRefuses()
{
    QFETCH(QStringList, slotKeys);
    QFETCH(QString, workshop);
    QList<AssignmentRow> rows;
    if (!workshop.isEmpty())
        rows << AssignmentRow{m_ids[0], workshop, {}, false};
    WriteTransaction tx(conn());
    QVERIFY(tx.begin(u"test"_s));
    const Status s = AssignmentRepository(conn()).replaceSlots(slotKeys, rows);
    QVERIFY(!s);
    QVERIFY(!s.error().message.isEmpty());
}

void TstAssignmentRepository::replaceInRolledBackTransactionChangesNothing()
{
    {
        WriteTransaction tx(conn());
        QVERIFY(tx.begin(u"test"_s));
        QVERIFY(AssignmentRepository(conn()).replaceSlots({u"W1"_s, u"W2"_s}, {}));
        QCOMPARE(count(conn(), u"SELECT COUNT(*) FROM assignment"_s), 0);
    } // not committed
    QCOMPARE(count(conn(), u"SELECT COUNT(*) FROM assignment"_s), 6);
}

void TstAssignmentRepository::deleteWorkshopsOfSlots()
{
    AssignmentRepository repo(conn());
    const Status s = repo.deleteWorkshopsOfSlots({u"W1"_s});
    QVERIFY2(s, qPrintable(errorText(s)));
    QCOMPARE(count(conn(), u"SELECT COUNT(*) FROM workshop"_s), 2);
    QCOMPARE(count(conn(), u"SELECT COUNT(*) FROM assignment"_s), 3);
    QVERIFY(!repo.deleteWorkshopsOfSlots({u"nope"_s}));
    QCOMPARE(count(conn(), u"SELECT COUNT(*) FROM workshop"_s), 2);
    // Workshops that hold proposals stay, and so do their proposals.
    QVERIFY(sql::exec(conn(),
                      u"INSERT INTO proposal (key, workshop_id, text, status) SELECT 'P-1', w.id, 'Pool the "
                      u"machines', 'submitted' FROM workshop w JOIN time_slot s ON s.id = w.slot_id "
                      u"WHERE s.key = 'W2' LIMIT 1"_s,
                      u"test"_s));
    const Status refused = repo.deleteWorkshopsOfSlots({u"W2"_s});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"1 proposal"_s), qPrintable(refused.error().message));
    QCOMPARE(count(conn(), u"SELECT COUNT(*) FROM workshop"_s), 2);
    QCOMPARE(count(conn(), u"SELECT COUNT(*) FROM proposal WHERE workshop_id IS NOT NULL"_s), 1);
}

void TstAssignmentRepository::insertWorkshopsFillsIds()
{
    QList<Workshop> added{Workshop{0, u"W1-C"_s, u"W1"_s, u"T1"_s, u"R2"_s, u"es"_s, {}, 0, 0},
                          Workshop{0, u"W2-C"_s, u"W2"_s, {}, {}, {}, {}, 0, 0}};
    const Status s = AssignmentRepository(conn()).insertWorkshops(added);
    QVERIFY2(s, qPrintable(errorText(s)));
    QVERIFY(added[0].id > 0 && added[1].id > 0 && added[0].id != added[1].id);
    const auto workshops = ForumRepository(conn()).loadWorkshops();
    QVERIFY(workshops);
    QCOMPARE(workshops->size(), 6);
    QVERIFY(workshops->contains(added[0]));
    QVERIFY(workshops->contains(added[1]));

    QList<Workshop> bad{Workshop{0, u"W1-D"_s, u"W1"_s, u"T9"_s, {}, {}, {}, 0, 0}};
    QVERIFY(!AssignmentRepository(conn()).insertWorkshops(bad));
}

QTEST_GUILESS_MAIN(TstAssignmentRepository)
#include "tst_assignmentrepository.moc"
