// The released schema steps applied to a real file of each older version: a version 1 forum opens in this
// build, gains the formation weights, and keeps its data.

#include "forumdatabase.h"
#include "forumrepository.h"
#include "migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee;
using cordee::test::errorText;
using namespace Qt::StringLiterals;

class TstSchemaMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version1FileGainsFormationWeights();
    void weightsRoundTrip();

private:
    QTemporaryDir m_dir;
};

namespace {

/// Writes a forum file exactly as Cordée's schema version 1 made it.
bool writeVersion1File(const QString &path)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : schemaMigrations().constFirst().statements)
            ok = ok && q.exec(sql);
        ok = ok && q.exec(u"PRAGMA application_id = %1"_s.arg(ForumDatabase::ApplicationId));
        ok = ok && q.exec(u"PRAGMA user_version = 1"_s);
        ok = ok && q.exec(u"INSERT INTO forum (id, title, workshop_min, workshop_max) "
                          "VALUES (1, 'Forum des Cimes', 8, 12)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    return ok;
}

} // namespace

void TstSchemaMigration::version1FileGainsFormationWeights()
{
    QCOMPARE(schemaMigrations().constFirst().version, 1);
    const QString path = m_dir.filePath(u"v1.cordee"_s);
    QVERIFY(writeVersion1File(path));
    auto db = ForumDatabase::open(path);
    QVERIFY2(db, qPrintable(errorText(db.status())));
    QCOMPARE(db.value()->schemaVersion(), ForumDatabase::currentSchemaVersion());
    QVERIFY(ForumDatabase::currentSchemaVersion() >= 2);
    const auto info = ForumRepository(db.value()->connection()).loadInfo();
    QVERIFY2(info, qPrintable(errorText(info.status())));
    QCOMPARE(info->title, u"Forum des Cimes"_s);
    QCOMPARE(info->workshopMin, 8);
    QVERIFY(info->formationWeights.isEmpty()); // the defaults apply
    QVERIFY(QFile::exists(path + u".v1.bak"_s));
}

void TstSchemaMigration::weightsRoundTrip()
{
    const QString path = m_dir.filePath(u"weights.cordee"_s);
    auto db = ForumDatabase::create(path);
    QVERIFY2(db, qPrintable(errorText(db.status())));
    ForumRepository repository(db.value()->connection());
    ForumInfo info;
    info.title = u"Forum"_s;
    info.formationWeights = {{u"country"_s, 2.5}, {u"organisation"_s, 0}, {u"rank2"_s, 3}};
    QVERIFY(repository.saveInfo(info));
    const auto back = repository.loadInfo();
    QVERIFY2(back, qPrintable(errorText(back.status())));
    QCOMPARE(back->formationWeights, info.formationWeights);
    QCOMPARE(*back, info);
}

QTEST_GUILESS_MAIN(TstSchemaMigration)
#include "tst_schemamigration.moc"
