// A whole forum written in one transaction reads back as it was written; a failed write leaves nothing.

#include "forumfile.h"
#include "forumrepository.h"
#include "participantrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee;
using cordee::test::errorText;
using namespace Qt::StringLiterals;

namespace {

int count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

/// A forum with every kind of item, in the order the repository reads them back (themes by position, rooms by
/// key, slots and workshops by time then key), and themes deliberately not in key order.
ForumData sampleForum()
{
    ForumData d;
    d.info.title = u"Forum des Cimes"_s;
    d.info.edition = 2;
    d.info.theme = u"Tenir ensemble"_s;
    d.info.city = u"Saint-Louis"_s;
    d.info.country = u"SN"_s;
    d.info.startDate = QDate(2027, 3, 1);
    d.info.endDate = QDate(2027, 3, 3);
    d.info.organizer = u"Réseau des Cimes"_s;
    d.info.languages = {u"fr"_s, u"wo"_s, u"en"_s};
    d.info.workshopMin = 8;
    d.info.workshopMax = 14;
    d.themes = {Theme{0, u"T2"_s, u"Finance solidaire"_s, u"Tontines et banques"_s},
                Theme{0, u"T1"_s, u"Mesurer l'impact"_s, {}},
                Theme{0, u"T3"_s, u"Communs"_s, u"Eau, terre"_s}};
    d.rooms = {Room{0, u"HALL"_s, u"Grande salle"_s, 300}, Room{0, u"R1"_s, u"Salle Fleuve"_s, 15},
               Room{0, u"R2"_s, u"Salle Océan"_s, 18}};
    d.timeSlots = {
        TimeSlot{0, u"D1-OPEN"_s, QDate(2027, 3, 1), QTime(9, 0), QTime(10, 0), SlotKind::Conference,
                 u"Ouverture"_s, u"HALL"_s},
        TimeSlot{0, u"D1-W1"_s, QDate(2027, 3, 1), QTime(10, 30), QTime(12, 30), SlotKind::Workshops, {}, {}},
        TimeSlot{0,
                 u"D1-LUNCH"_s,
                 QDate(2027, 3, 1),
                 QTime(12, 30),
                 QTime(14, 0),
                 SlotKind::Break,
                 u"Déjeuner"_s,
                 {}},
        TimeSlot{0, u"D2-RT"_s, QDate(2027, 3, 2), QTime(9, 0), QTime(10, 30), SlotKind::RoundTable,
                 u"Table ronde"_s, u"HALL"_s},
        TimeSlot{0, u"D2-W2"_s, QDate(2027, 3, 2), QTime(11, 0), QTime(13, 0), SlotKind::Workshops, {}, {}},
    };
    d.workshops = {
        Workshop{0, u"W1-A"_s, u"D1-W1"_s, u"T1"_s, u"R1"_s, u"fr"_s, u"Indicateurs partagés"_s, 0, 0},
        Workshop{0, u"W1-B"_s, u"D1-W1"_s, u"T2"_s, u"R2"_s, u"en"_s, {}, 0, 0},
        Workshop{0, u"W2-A"_s, u"D2-W2"_s, {}, {}, {}, u"Open space"_s, 0, 0},
    };
    d.declaration.patronage = u"Sous le haut patronage de la Région."_s;
    d.declaration.guests = {Guest{u"Aminata Diop"_s, u"Présidente de la Région"_s},
                            Guest{u"Jean Sarr"_s, {}}};
    d.declaration.conclusion = u"Rendez-vous dans deux ans."_s;

    Participant a;
    a.firstName = u"Hélène"_s;
    a.lastName = u"Dupont"_s;
    a.email = u"helene.dupont@cooperative-elan.example"_s;
    a.organisation = u"Coopérative Élan"_s;
    a.country = u"FR"_s;
    a.gender = Gender::Female;
    a.ageBand = AgeBand::From35To49;
    a.category = Category::SseEntrepreneur;
    a.languages = {u"fr"_s, u"es"_s};
    a.preferences = {u"T3"_s, u"T1"_s, u"T2"_s};
    a.unavailableSlots = {u"D1-W1"_s, u"D2-W2"_s};
    a.roles = Roles{Role::Participant, Role::Facilitator};
    a.notes = u"Repas végétarien"_s;
    a.status = ParticipantStatus::Present;
    Participant b;
    b.firstName = u"Thị Lan"_s;
    b.lastName = u"Nguyễn"_s;
    b.country = u"VN"_s;
    b.gender = Gender::Other;
    b.preferences = {u"T2"_s};
    b.roles = Roles{Role::Speaker};
    b.status = ParticipantStatus::Cancelled;
    Participant c; // as little as a person can be
    c.lastName = u"Sarr"_s;
    d.participants = {a, b, c};
    d.assignments = {AssignmentData{0, u"W1-A"_s, true}, AssignmentData{2, u"W2-A"_s, false}};
    return d;
}

/// Checks that `loaded` holds `written` in order with ids filled in, and returns `written` with those ids.
template <typename T>
QList<T> withIds(const QList<T> &written, const QList<T> &loaded)
{
    QList<T> out = written;
    for (qsizetype i = 0; i < out.size() && i < loaded.size(); ++i)
        out[i].id = loaded.at(i).id;
    return out;
}

template <typename T>
bool idsFilled(const QList<T> &items)
{
    return std::all_of(items.cbegin(), items.cend(), [](const T &t) { return t.id > 0; });
}

} // namespace

class TstForumFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void roundTrip();
    void assignmentsAreWritten();
    void writeIsAllOrNothing();
    void createWithInvalidDataLeavesNoFile_data();
    void createWithInvalidDataLeavesNoFile();
    void createFailingMidWriteLeavesNoFile();
    void createDoesNotTouchExistingFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstForumFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstForumFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstForumFile::roundTrip()
{
    const ForumData data = sampleForum();
    const QString file = m_dir->filePath(u"forum.cordee"_s);
    {
        auto db = createForumFile(file, data);
        QVERIFY2(db, qPrintable(db.isOk() ? QString() : db.error().fullText()));
    }
    // Read back through a fresh connection, so nothing comes from memory.
    auto db = ForumDatabase::open(file);
    QVERIFY2(db, qPrintable(db.isOk() ? QString() : db.error().fullText()));
    const ForumRepository forum(db.value()->connection());
    const ParticipantRepository people(db.value()->connection());

    const auto info = forum.loadInfo();
    QVERIFY(info.isOk());
    QCOMPARE(*info, data.info);

    const auto themes = forum.loadThemes();
    QVERIFY(themes.isOk());
    QVERIFY(idsFilled(*themes));
    QCOMPARE(*themes, withIds(data.themes, *themes));

    const auto rooms = forum.loadRooms();
    QVERIFY(rooms.isOk());
    QVERIFY(idsFilled(*rooms));
    QCOMPARE(*rooms, withIds(data.rooms, *rooms));

    const auto loadedSlots = forum.loadTimeSlots();
    QVERIFY(loadedSlots.isOk());
    QVERIFY(idsFilled(*loadedSlots));
    QCOMPARE(*loadedSlots, withIds(data.timeSlots, *loadedSlots));

    const auto workshops = forum.loadWorkshops();
    QVERIFY(workshops.isOk());
    QVERIFY(idsFilled(*workshops));
    QCOMPARE(*workshops, withIds(data.workshops, *workshops));

    const auto declaration = forum.loadDeclaration();
    QVERIFY(declaration.isOk());
    QVERIFY(*declaration == data.declaration);

    const auto participants = people.loadAll();
    QVERIFY(participants.isOk());
    QVERIFY(idsFilled(*participants));
    QCOMPARE(participants->size(), data.participants.size());
    const QList<Participant> expected = withIds(data.participants, *participants);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Participant &got = participants->at(i);
        const Participant &want = expected.at(i);
        QCOMPARE(got.firstName, want.firstName);
        QCOMPARE(got.lastName, want.lastName);
        QCOMPARE(got.email, want.email);
        QCOMPARE(got.organisation, want.organisation);
        QCOMPARE(got.country, want.country);
        QCOMPARE(got.gender, want.gender);
        QCOMPARE(got.ageBand, want.ageBand);
        QCOMPARE(got.category, want.category);
        QCOMPARE(got.languages, want.languages);
        QCOMPARE(got.preferences, want.preferences); // rank order, not key order
        QCOMPARE(got.unavailableSlots, want.unavailableSlots);
        QCOMPARE(got.roles.bits(), want.roles.bits());
        QCOMPARE(got.notes, want.notes);
        QCOMPARE(got.status, want.status);
        QVERIFY(got == want);
    }
    QCOMPARE(forum.countWorkshops().isOk() ? *forum.countWorkshops() : -1, 3);
}

void TstForumFile::assignmentsAreWritten()
{
    const ForumData data = sampleForum();
    auto db = createForumFile(m_dir->filePath(u"forum.cordee"_s), data);
    QVERIFY(db.isOk());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(u"SELECT p.last_name, w.key, s.key, a.pinned FROM assignment a "
                   "JOIN participant p ON p.id = a.participant_id JOIN workshop w ON w.id = a.workshop_id "
                   "JOIN time_slot s ON s.id = a.slot_id ORDER BY p.last_name"_s));
    QStringList rows;
    while (q.next())
        rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString()}
                    .join(u' ');
    QCOMPARE(rows, (QStringList{u"Dupont W1-A D1-W1 1"_s, u"Sarr W2-A D2-W2 0"_s}));
}

void TstForumFile::writeIsAllOrNothing()
{
    ForumData data = sampleForum();
    for (int i = 0; i < 6; ++i) {
        Participant p;
        p.lastName = u"Extra %1"_s.arg(i);
        p.preferences = {u"T1"_s};
        data.participants << p;
    }
    data.participants[4].preferences = {u"T1"_s, u"T9"_s}; // the 5th prefers a theme that does not exist
    data.assignments.clear();

    auto db = ForumDatabase::create(m_dir->filePath(u"forum.cordee"_s));
    QVERIFY(db.isOk());
    const Status s = writeForumData(*db.value(), data);
    QVERIFY(!s);
    QVERIFY2(s.error().fullText().contains(u"T9"_s), qPrintable(s.error().fullText()));

    const QSqlDatabase conn = db.value()->connection();
    for (const char *table : {"participant", "participant_preference", "participant_unavailability", "theme",
                              "room", "time_slot", "workshop", "forum", "guest", "declaration_text"})
        QVERIFY2(count(conn, QLatin1String(table)) == 0, table);

    // The connection is usable again: the transaction was rolled back, not left open.
    data.participants[4].preferences = {u"T1"_s};
    const Status again = writeForumData(*db.value(), data);
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(count(conn, u"participant"_s), 9);
}

void TstForumFile::createWithInvalidDataLeavesNoFile_data()
{
    QTest::addColumn<int>("problem");
    QTest::newRow("no title") << 0;
    QTest::newRow("workshop in unknown room") << 1;
    QTest::newRow("participant prefers unknown theme") << 2;
}

void TstForumFile::createWithInvalidDataLeavesNoFile()
{
    QFETCH(int, problem);
    ForumData data = sampleForum();
    QString field;
    switch (problem) {
    case 0:
        data.info.title.clear();
        field = u"title"_s;
        break;
    case 1:
        data.workshops[1].room = u"R9"_s;
        field = u"workshops[1].room"_s;
        break;
    default:
        data.participants[2].preferences = {u"T9"_s};
        field = u"participants[2].preferences"_s;
        break;
    }
    const QString file = m_dir->filePath(u"forum.cordee"_s);
    auto db = createForumFile(file, data);
    QVERIFY(!db);
    QVERIFY2(db.error().fullText().contains(field), qPrintable(db.error().fullText()));
    QVERIFY(!QFile::exists(file));
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    QVERIFY(!QFile::exists(file + u"-shm"_s));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

// Validation does not look at assignments, so this one fails in the middle of the write.
void TstForumFile::createFailingMidWriteLeavesNoFile()
{
    ForumData data = sampleForum();
    data.assignments << AssignmentData{1, u"NO-SUCH-WORKSHOP"_s, false};
    const QString file = m_dir->filePath(u"forum.cordee"_s);
    auto db = createForumFile(file, data);
    QVERIFY(!db);
    QVERIFY(!QFile::exists(file));
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    QVERIFY(!QFile::exists(file + u"-shm"_s));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

void TstForumFile::createDoesNotTouchExistingFile()
{
    const QString file = m_dir->filePath(u"forum.cordee"_s);
    {
        auto first = createForumFile(file, sampleForum());
        QVERIFY(first.isOk());
    }
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();

    ForumData other = sampleForum();
    other.info.title = u"Another forum"_s;
    auto second = createForumFile(file, other);
    QVERIFY(!second);
    QVERIFY(QFile::exists(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    f.close();
    auto db = ForumDatabase::open(file);
    QVERIFY(db.isOk());
    QCOMPARE(ForumRepository(db.value()->connection()).loadInfo()->title, u"Forum des Cimes"_s);
}

QTEST_GUILESS_MAIN(TstForumFile)
#include "tst_forumfile.moc"
