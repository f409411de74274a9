// The declaration's free texts per language, the guests' titles, the builder's input read from a file, and
// the records of its exports.

#include "declarationfixture.h"
#include "declarationrepository.h"
#include "exportrecordrepository.h"
#include "forumfile.h"
#include "forumrepository.h"
#include "proposalrepository.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee;
using namespace cordee::test;
using namespace Qt::StringLiterals;

class TstDeclarationRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void textsRoundTrip();
    void baseTextsAreStoredWithoutLanguage();
    void emptyTranslationsAreDropped();
    void forumRepositoryReadsAndWritesTheSame();
    void inputFromTheFile();
    void exportRecords();
    void exportRecordsLatestFirst();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ForumDatabase> m_db;
};

void TstDeclarationRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstDeclarationRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = createForumFile(m_dir->filePath(u"andes.cordee"_s), declarationForum());
    QVERIFY2(db, qPrintable(errorText(db.status())));
    m_db = std::move(db.value());
}

void TstDeclarationRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TstDeclarationRepository::textsRoundTrip()
{
    const auto loaded = DeclarationRepository(m_db->connection()).load();
    QVERIFY2(loaded, qPrintable(errorText(loaded.status())));
    QCOMPARE(*loaded, declarationForum().declaration);
    QCOMPARE(loaded->guests.at(0).titles.value(u"fr"_s), u"Gouverneure régionale de Cusco"_s);

    DeclarationTexts changed = *loaded;
    changed.translations[u"fr"_s].closing = u"Rendez-vous à Dakar."_s;
    changed.guests.removeFirst();
    changed.guests.first().titles.insert(u"es"_s, u"Red Cooperativa del Mediterráneo"_s);
    WriteTransaction t(m_db->connection());
    QVERIFY(t.begin(u"test"_s));
    QVERIFY(DeclarationRepository(m_db->connection()).save(changed));
    QVERIFY(t.commit());
    const auto again = DeclarationRepository(m_db->connection()).load();
    QVERIFY(again);
    QCOMPARE(*again, changed);
}

void TstDeclarationRepository::baseTextsAreStoredWithoutLanguage()
{
    // Files written before languages existed keep working: their rows have language ''.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT body FROM declaration_text WHERE part = 'patronage' AND language = ''"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), declarationForum().declaration.patronage);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM guest_title"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TstDeclarationRepository::emptyTranslationsAreDropped()
{
    DeclarationTexts texts;
    texts.patronage = u"Patronage"_s;
    texts.translations[u"es"_s] = DeclarationFreeTexts{};
    QVERIFY(DeclarationRepository(m_db->connection()).save(texts));
    const auto loaded = DeclarationRepository(m_db->connection()).load();
    QVERIFY(loaded);
    QVERIFY(loaded->translations.isEmpty());
    QCOMPARE(loaded->patronage, u"Patronage"_s);
    QVERIFY(loaded->guests.isEmpty());
}

void TstDeclarationRepository::forumRepositoryReadsAndWritesTheSame()
{
    ForumRepository forum(m_db->connection());
    const auto viaForum = forum.loadDeclaration();
    QVERIFY(viaForum);
    QCOMPARE(*viaForum, declarationForum().declaration);
}

void TstDeclarationRepository::inputFromTheFile()
{
    ProposalSet set = declarationProposals();
    WriteTransaction t(m_db->connection());
    QVERIFY(t.begin(u"test"_s));
    const Status inserted = ProposalRepository(m_db->connection()).insert(set.proposals);
    QVERIFY2(inserted, qPrintable(errorText(inserted)));
    QVERIFY(t.commit());

    auto input = loadDeclarationInput(m_db->connection());
    QVERIFY2(input, qPrintable(errorText(input.status())));
    QCOMPARE(input->info.title, declarationForum().info.title);
    QCOMPARE(input->stats.participants, 7);
    QCOMPARE(input->themes.size(), 2);
    QCOMPARE(input->texts, declarationForum().declaration);
    DeclarationInput in = *input;
    in.language = u"fr"_s;
    const Declaration fromFile = buildDeclaration(in);
    QCOMPARE(fromFile, buildDeclaration(declarationInput(u"fr"_s)));
    QCOMPARE(fromFile.proposalKeys(), declarationWrittenKeys());
}

void TstDeclarationRepository::exportRecords()
{
    ExportRecordRepository records(m_db->connection());
    const auto none = records.loadAll();
    QVERIFY(none);
    QVERIFY(none->isEmpty());

    ExportRecord r;
    r.format = u"pdf"_s;
    r.language = u"fr"_s;
    r.path = u"/tmp/declaration.pdf"_s;
    r.proposalKeys = declarationWrittenKeys();
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(records.add(r));
    QVERIFY(r.id > 0);
    QVERIFY(r.exportedAt >= before);
    QCOMPARE(r.exportedAt.timeSpec(), Qt::UTC);

    const auto all = records.loadAll();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->constFirst(), r);
}

void TstDeclarationRepository::exportRecordsLatestFirst()
{
    ExportRecordRepository records(m_db->connection());
    for (int day : {2, 5, 3}) {
        ExportRecord r;
        r.exportedAt = QDateTime(QDate(2027, 5, day), QTime(18, 30), Qt::UTC);
        r.format = u"md"_s;
        r.language = u"es"_s;
        QVERIFY(records.add(r));
    }
    const auto all = records.loadAll();
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).exportedAt.date().day(), 5);
    QCOMPARE(all->at(2).exportedAt.date().day(), 2);
    QVERIFY(all->at(1).proposalKeys.isEmpty());
}

QTEST_GUILESS_MAIN(TstDeclarationRepository)
#include "tst_declarationrepository.moc"
