// Participants in the file: ids, ranked preferences, missed slots, and the links that go with a person.

#include "forumfile.h"
#include "participantrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee;
using cordee::test::errorText;
using namespace Qt::StringLiterals;

namespace {

int scalarInt(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return -1;
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

ForumData programme()
{
    ForumData d;
    d.info.title = u"Forum des Cimes"_s;
    d.themes = {Theme{0, u"T1"_s, u"Impact"_s, {}}, Theme{0, u"T2"_s, u"Finance"_s, {}},
                Theme{0, u"T3"_s, u"Communs"_s, {}}, Theme{0, u"T4"_s, u"Formation"_s, {}}};
    d.timeSlots = {
        TimeSlot{0, u"D1-W1"_s, QDate(2027, 3, 1), QTime(10, 0), QTime(12, 0), SlotKind::Workshops, {}, {}},
        TimeSlot{0, u"D2-W2"_s, QDate(2027, 3, 2), QTime(10, 0), QTime(12, 0), SlotKind::Workshops, {}, {}},
        TimeSlot{0, u"D2-W3"_s, QDate(2027, 3, 2), QTime(14, 0), QTime(16, 0), SlotKind::Workshops, {}, {}},
    };
    return d;
}

Participant helene()
{
    return cordee::test::sampleParticipant();
}

Participant jose()
{
    Participant p;
    p.firstName = u"José"_s;
    p.lastName = u"Álvarez"_s;
    p.country = u"ES"_s;
    p.preferences = {u"T3"_s};
    return p;
}

} // namespace

class TstParticipantRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void insertAssignsIdAndLoads();
    void insertKeepsExplicitId();
    void insertListFillsIdsInOrder();
    void insertUnknownThemeFails();
    void optionalColumnsStayNull();
    void update();
    void updateUnknownIdFails();
    void removeCascadesLinks();
    void loadUnknownId();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ForumDatabase> m_db;
    QSqlDatabase conn() const { return m_db->connection(); }
};

void TstParticipantRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstParticipantRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = createForumFile(m_dir->filePath(u"forum.cordee"_s), programme());
    QVERIFY2(db, qPrintable(db.isOk() ? QString() : db.error().fullText()));
    m_db = std::move(db).value();
}

void TstParticipantRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TstParticipantRepository::insertAssignsIdAndLoads()
{
    ParticipantRepository repo(conn());
    Participant p = helene();
    QCOMPARE(p.id, 0);
    const Status s = repo.insert(p);
    QVERIFY2(s, qPrintable(errorText(s)));
    QVERIFY(p.id > 0);
    const auto loaded = repo.load(p.id);
    QVERIFY(loaded.isOk());
    QCOMPARE(loaded->preferences, (QStringList{u"T2"_s, u"T4"_s, u"T1"_s}));
    QCOMPARE(loaded->unavailableSlots, QStringList{u"D2-W2"_s});
    QVERIFY(*loaded == p);
}

void TstParticipantRepository::insertKeepsExplicitId()
{
    ParticipantRepository repo(conn());
    Participant p = helene();
    p.id = 1000;
    QVERIFY(repo.insert(p).isOk());
    QCOMPARE(p.id, qint64(1000));
    const auto loaded = repo.load(1000);
    QVERIFY(loaded.isOk());
    QVERIFY(*loaded == p);

    Participant q = jose();
    QVERIFY(repo.insert(q).isOk());
    QVERIFY(q.id > 0);
    QVERIFY(q.id != 1000);

    // The same id twice is refused.
    Participant twin = jose();
    twin.id = 1000;
    QVERIFY(!repo.insert(twin));
}

void TstParticipantRepository::insertListFillsIdsInOrder()
{
    ParticipantRepository repo(conn());
    QList<Participant> people{helene(), jose(), helene()};
    people[2].email.clear();
    people[2].firstName = u"Hélène-Marie"_s;
    QVERIFY(repo.insert(people).isOk());
    QVERIFY(people.at(0).id > 0);
    QVERIFY(people.at(1).id > people.at(0).id);
    QVERIFY(people.at(2).id > people.at(1).id);
    const auto all = repo.loadAll();
    QVERIFY(all.isOk());
    QCOMPARE(all->size(), 3);
    for (qsizetype i = 0; i < 3; ++i)
        QVERIFY2(all->at(i) == people.at(i), qPrintable(QString::number(i)));
}

void TstParticipantRepository::insertUnknownThemeFails()
{
    ParticipantRepository repo(conn());
    Participant p = jose();
    p.preferences = {u"T1"_s, u"T9"_s};
    const Status s = repo.insert(p);
    QVERIFY(!s);
    QVERIFY2(s.error().fullText().contains(u"T9"_s), qPrintable(errorText(s)));

    Participant q = jose();
    q.unavailableSlots = {u"D9"_s};
    const Status t = repo.insert(q);
    QVERIFY(!t);
    QVERIFY2(t.error().fullText().contains(u"D9"_s), qPrintable(errorText(t)));
}

void TstParticipantRepository::optionalColumnsStayNull()
{
    ParticipantRepository repo(conn());
    Participant p = jose(); // no e-mail, no age band, no category
    QVERIFY(repo.insert(p).isOk());
    QCOMPARE(scalarInt(conn(),
                       u"SELECT COUNT(*) FROM participant WHERE id = ? AND email IS NULL "
                       "AND age_band IS NULL AND category IS NULL"_s,
                       {p.id}),
             1);
    const auto loaded = repo.load(p.id);
    QVERIFY(loaded.isOk());
    QVERIFY(loaded->email.isEmpty());
    QCOMPARE(loaded->ageBand, AgeBand::Unknown);
    QCOMPARE(loaded->category, Category::Unspecified);
}

void TstParticipantRepository::update()
{
    ParticipantRepository repo(conn());
    Participant p = helene();
    Participant other = jose();
    QVERIFY(repo.insert(p).isOk());
    QVERIFY(repo.insert(other).isOk());

    Participant changed = p;
    changed.lastName = u"Dupont-Sarr"_s;
    changed.email = u"helene@exemple.fr"_s;
    changed.country = u"SN"_s;
    changed.gender = Gender::NotStated;
    changed.category = Category::Unspecified;
    changed.languages = {u"wo"_s};
    changed.preferences = {u"T4"_s, u"T3"_s}; // reordered, one dropped, one added
    changed.unavailableSlots = {u"D1-W1"_s, u"D2-W3"_s};
    changed.roles = Roles{Role::Organizer};
    changed.notes.clear();
    changed.status = ParticipantStatus::Cancelled;
    const Status s = repo.update(changed);
    QVERIFY2(s, qPrintable(errorText(s)));

    const auto loaded = repo.load(p.id);
    QVERIFY(loaded.isOk());
    QCOMPARE(loaded->lastName, u"Dupont-Sarr"_s);
    QCOMPARE(loaded->preferences, (QStringList{u"T4"_s, u"T3"_s}));
    QCOMPARE(loaded->unavailableSlots, (QStringList{u"D1-W1"_s, u"D2-W3"_s}));
    QVERIFY(*loaded == changed);
    QCOMPARE(
        scalarInt(conn(), u"SELECT COUNT(*) FROM participant_preference WHERE participant_id = ?"_s, {p.id}),
        2);

    // The other person is untouched.
    const auto untouched = repo.load(other.id);
    QVERIFY(untouched.isOk());
    QVERIFY(*untouched == other);
}

void TstParticipantRepository::updateUnknownIdFails()
{
    ParticipantRepository repo(conn());
    Participant ghost = jose();
    ghost.id = 4242;
    QVERIFY(!repo.update(ghost));
    QCOMPARE(scalarInt(conn(), u"SELECT COUNT(*) FROM participant"_s), 0);
    QCOMPARE(scalarInt(conn(), u"SELECT COUNT(*) FROM participant_preference"_s), 0);
}

void TstParticipantRepository::removeCascadesLinks()
{
    ParticipantRepository repo(conn());
    Participant p = helene();
    Participant other = jose();
    QVERIFY(repo.insert(p).isOk());
    QVERIFY(repo.insert(other).isOk());
    const QString prefs = u"SELECT COUNT(*) FROM participant_preference WHERE participant_id = ?"_s;
    const QString misses = u"SELECT COUNT(*) FROM participant_unavailability WHERE participant_id = ?"_s;
    QCOMPARE(scalarInt(conn(), prefs, {p.id}), 3);
    QCOMPARE(scalarInt(conn(), misses, {p.id}), 1);

    const Status s = repo.remove(p.id);
    QVERIFY2(s, qPrintable(errorText(s)));
    QCOMPARE(scalarInt(conn(), u"SELECT COUNT(*) FROM participant WHERE id = ?"_s, {p.id}), 0);
    QCOMPARE(scalarInt(conn(), prefs, {p.id}), 0);
    QCOMPARE(scalarInt(conn(), misses, {p.id}), 0);
    QCOMPARE(scalarInt(conn(), prefs, {other.id}), 1);
    const auto all = repo.loadAll();
    QVERIFY(all.isOk());
    QCOMPARE(all->size(), 1);
    QVERIFY(all->constFirst() == other);
}

void TstParticipantRepository::loadUnknownId()
{
    ParticipantRepository repo(conn());
    const auto loaded = repo.load(77);
    QVERIFY(!loaded);
    QVERIFY(loaded.error().message.contains(u"77"_s));
}

QTEST_GUILESS_MAIN(TstParticipantRepository)
#include "tst_participantrepository.moc"
