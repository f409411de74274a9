// A person's rights: their complete data as JSON, and an erasure that leaves no trace of their identity in
// the file or its WAL while the forum's figures stay the same.
#include "testsupport.h"

#include "demoforum.h"
#include "forumfile.h"
#include "forumstats.h"
#include "participantrepository.h"
#include "personaldata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee;
using cordee::test::errorText;

class TstPersonalData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void exportHoldsEverything();
    void exportOfUnknownPersonFails();
    void eraseLeavesNoTraceAndKeepsFigures();
    void eraseOfUnknownPersonFails();

private:
    QByteArray fileBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ForumDatabase> m_db;
    qint64 m_id = 0;
};

void TstPersonalData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("forum.cordee"));
    ForumData data = makeDemoForum();
    Participant p = cordee::test::sampleParticipant();
    p.firstName = QStringLiteral("Zéphyrine");
    p.lastName = QStringLiteral("Quagliarello-Ndiaye");
    p.email = QStringLiteral("zephyrine.q@sentinel-unique.example");
    p.organisation = QStringLiteral("Coopérative Sentinelle Unique");
    p.preferences = {QStringLiteral("T2"), QStringLiteral("T1")};
    for (const TimeSlot &s : std::as_const(data.timeSlots))
        if (s.kind == SlotKind::Workshops) {
            p.unavailableSlots = {s.key};
            break;
        }
    data.participants << p;
    auto db = createForumFile(m_path, data);
    QVERIFY2(db, qPrintable(errorText(db.status())));
    m_db = std::move(db).value();
    const auto all = ParticipantRepository(m_db->connection()).loadAll();
    QVERIFY(all);
    m_id = all->constLast().id;
    QCOMPARE(all->constLast().lastName, QStringLiteral("Quagliarello-Ndiaye"));
}

void TstPersonalData::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QByteArray TstPersonalData::fileBytes() const
{
    QByteArray bytes;
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile f(m_path + QLatin1String(suffix));
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

void TstPersonalData::exportHoldsEverything()
{
    const auto json = personaldata::exportJson(*m_db, m_id);
    QVERIFY2(json, qPrintable(errorText(json.status())));
    const QJsonObject root = QJsonDocument::fromJson(*json).object();
    const QJsonObject person = root.value(QStringLiteral("participant")).toObject();
    QCOMPARE(person.value(QStringLiteral("first_name")).toString(), QStringLiteral("Zéphyrine"));
    QCOMPARE(person.value(QStringLiteral("email")).toString(),
             QStringLiteral("zephyrine.q@sentinel-unique.example"));
    const QJsonArray prefs = root.value(QStringLiteral("theme_preferences")).toArray();
    QCOMPARE(prefs.size(), 2);
    QCOMPARE(prefs.at(0).toObject().value(QStringLiteral("theme")).toString(), QStringLiteral("T2"));
    QCOMPARE(root.value(QStringLiteral("unavailable_slots")).toArray().size(), 1);
    for (const char *key : {"workshops", "workshops_facilitated_or_reported", "proposals_reported"})
        QVERIFY2(root.value(QLatin1String(key)).isArray(), key);
}

void TstPersonalData::exportOfUnknownPersonFails()
{
    QVERIFY(!personaldata::exportJson(*m_db, 999999));
}

void TstPersonalData::eraseLeavesNoTraceAndKeepsFigures()
{
    // Make sure the identity has reached the main file, as in a forum used for days.
    QVERIFY(m_db->checkpoint());
    QVERIFY(fileBytes().contains(QByteArrayLiteral("Quagliarello-Ndiaye")));
    const auto before = ParticipantRepository(m_db->connection()).loadAll();
    QVERIFY(before);
    const ForumStats statsBefore = ForumStats::compute(*before);

    QVERIFY2(personaldata::erase(*m_db, m_id), "erase failed");

    const auto after = ParticipantRepository(m_db->connection()).loadAll();
    QVERIFY(after);
    const Participant &erased = after->constLast();
    QCOMPARE(erased.id, m_id);
    QVERIFY(erased.erased);
    QVERIFY(erased.firstName.isEmpty() && erased.lastName.isEmpty() && erased.email.isEmpty());
    QVERIFY(erased.organisation.isEmpty() && erased.notes.isEmpty() && erased.languages.isEmpty());
    QCOMPARE(erased.country, QStringLiteral("FR"));
    QCOMPARE(erased.category, Category::Academic);
    const ForumStats statsAfter = ForumStats::compute(*after);
    QCOMPARE(statsAfter.participants, statsBefore.participants);
    QCOMPARE(statsAfter.byCountry, statsBefore.byCountry);
    QCOMPARE(statsAfter.byCategory, statsBefore.byCategory);
    QCOMPARE(statsAfter.byGender, statsBefore.byGender);

    const QByteArray bytes = fileBytes();
    for (const char *trace :
         {"Quagliarello-Ndiaye", "sentinel-unique", "Sentinelle Unique", "Z\xc3\xa9phyrine", "Arrive le 2"})
        QVERIFY2(!bytes.contains(QByteArray(trace)), trace);
}

void TstPersonalData::eraseOfUnknownPersonFails()
{
    QVERIFY(!personaldata::erase(*m_db, 999999));
}

QTEST_GUILESS_MAIN(TstPersonalData)
#include "tst_personaldata.moc"
