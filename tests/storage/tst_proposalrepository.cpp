// Proposals in the file: a round trip keeps every field, tag and history edge; planned edits (merge, split,
// remove) land and undo in the file as in memory; bad references are refused with their names, and a
// rolled-back transaction leaves nothing.

#include "forumfile.h"
#include "forumrepository.h"
#include "proposallineage.h"
#include "proposalrepository.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace cordee;
using cordee::test::errorText;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(cordee::Proposal)

namespace {

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

ForumData forum()
{
    ForumData d;
    d.info.title = u"Forum des Cimes"_s;
    d.themes = {Theme{0, u"T1"_s, u"Impact"_s, {}}, Theme{0, u"T2"_s, u"Finance"_s, {}}};
    d.rooms = {Room{0, u"R1"_s, u"Salle 1"_s, 15}};
    d.timeSlots = {
        TimeSlot{0, u"S1"_s, QDate(2027, 3, 1), QTime(10, 0), QTime(12, 0), SlotKind::Workshops, {}, {}}};
    d.workshops = {Workshop{0, u"W1"_s, u"S1"_s, u"T1"_s, u"R1"_s, u"fr"_s, {}, 0, 0},
                   Workshop{0, u"W2"_s, u"S1"_s, u"T2"_s, {}, u"en"_s, {}, 0, 0}};
    Participant p;
    p.firstName = u"Awa"_s;
    p.lastName = u"Rapporteure"_s;
    d.participants = {p};
    return d;
}

Proposal make(const QString &key, const QString &workshop, const QString &text)
{
    Proposal p;
    p.key = key;
    p.workshop = workshop;
    p.text = text;
    p.status = ProposalStatus::Submitted;
    return p;
}

/// Sorted by key, ids cleared where asked: what is compared after a round trip.
ProposalSet normalized(ProposalSet set, bool clearIds = false)
{
    std::sort(set.proposals.begin(), set.proposals.end(),
              [](const Proposal &a, const Proposal &b) { return a.key < b.key; });
    std::sort(set.lineage.begin(), set.lineage.end(), [](const LineageEdge &a, const LineageEdge &b) {
        return std::pair(a.source, a.target) < std::pair(b.source, b.target);
    });
    if (clearIds)
        for (Proposal &p : set.proposals)
            p.id = 0;
    return set;
}

} // namespace

class TstProposalRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void roundTripKeepsEverything();
    void subPointsMayComeBeforeTheirParent();
    void insertRefuses_data();
    void insertRefuses();
    void updateReplacesTagsAndReferences();
    void removeTakesSubPointsTagsAndHistory();
    void mergeAndSplitLandAndUndo();
    void positionsAndLineage();
    void rolledBackTransactionLeavesNothing();
    void countsProposalsOfTheirOwn();

private:
    QSqlDatabase conn() const { return m_db->connection(); }
    /// Inserts a small set: W1 has P-1 (with sub-points P-2, P-3) and P-4; W2 has P-5; the plenary P-6.
    void insertSample();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ForumDatabase> m_db;
    qint64 m_rapporteur = 0;
};

void TstProposalRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = createForumFile(m_dir->filePath(u"forum.cordee"_s), forum());
    QVERIFY2(db, qPrintable(errorText(db.status())));
    m_db = std::move(db).value();
    QSqlQuery q(conn());
    QVERIFY(q.exec(u"SELECT id FROM participant"_s) && q.next());
    m_rapporteur = q.value(0).toLongLong();
}

void TstProposalRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TstProposalRepository::insertSample()
{
    QList<Proposal> list{make(u"P-1"_s, u"W1"_s, u"Créer un fonds de garantie"_s),
                         make(u"P-2"_s, u"W1"_s, u"pour les coopératives"_s),
                         make(u"P-3"_s, u"W1"_s, u"et les associations"_s),
                         make(u"P-4"_s, u"W1"_s, u"Former les élus"_s),
                         make(u"P-5"_s, u"W2"_s, u"Shared impact indicators"_s),
                         make(u"P-6"_s, {}, u"Hold the next forum in Dakar"_s)};
    list[0].theme = u"T2"_s;
    list[0].sdgs = {8, 1};
    list[0].actors = {u"UNDP"_s, u"États"_s};
    list[0].support = 14;
    list[0].rapporteurId = m_rapporteur;
    list[0].status = ProposalStatus::Retained;
    list[0].position = 0;
    list[1].parent = u"P-1"_s;
    list[1].position = 0;
    list[2].parent = u"P-1"_s;
    list[2].position = 1;
    list[3].status = ProposalStatus::Draft;
    list[4].status = ProposalStatus::Retained;
    list[4].position = 1;
    list[5].status = ProposalStatus::Rejected;
    list[5].support = 0;
    WriteTransaction tx(conn());
    QVERIFY(tx.begin(u"test"_s));
    const Status s = ProposalRepository(conn()).insert(list);
    QVERIFY2(s, qPrintable(errorText(s)));
    QVERIFY(tx.commit());
    for (const Proposal &p : std::as_const(list))
        QVERIFY(p.id > 0);
}

void TstProposalRepository::roundTripKeepsEverything()
{
    insertSample();
    ProposalRepository repo(conn());
    const auto loaded = repo.loadAll();
    QVERIFY2(loaded, qPrintable(errorText(loaded.status())));
    QCOMPARE(loaded->proposals.size(), 6);
    const Proposal *p1 = loaded->find(u"P-1"_s);
    QVERIFY(p1);
    QCOMPARE(p1->workshop, u"W1"_s);
    QCOMPARE(p1->theme, u"T2"_s);
    QCOMPARE(p1->text, u"Créer un fonds de garantie"_s);
    QCOMPARE(p1->status, ProposalStatus::Retained);
    QCOMPARE(p1->position, 0);
    QCOMPARE(p1->sdgs, (QList<int>{1, 8}));
    QCOMPARE(p1->actors, (QStringList{u"États"_s, u"UNDP"_s}));
    QCOMPARE(p1->support, 14);
    QCOMPARE(p1->rapporteurId, m_rapporteur);
    QCOMPARE(loaded->childrenOf(u"P-1"_s), (QStringList{u"P-2"_s, u"P-3"_s}));
    const Proposal *p6 = loaded->find(u"P-6"_s);
    QVERIFY(p6->workshop.isEmpty());
    QCOMPARE(p6->support, 0);
    QCOMPARE(p6->position, -1);
    QCOMPARE(loaded->find(u"P-4"_s)->support, -1);
    QCOMPARE(loaded->retainedInOrder(), (QStringList{u"P-1"_s, u"P-5"_s}));
    QVERIFY(validateProposals(*loaded).isEmpty());
    // What is loaded and written again is what was loaded.
    const auto again = repo.loadAll();
    QCOMPARE(again.value(), loaded.value());
}

void TstProposalRepository::subPointsMayComeBeforeTheirParent()
{
    QList<Proposal> list{make(u"B"_s, u"W1"_s, u"sub-point"_s), make(u"A"_s, u"W1"_s, u"parent"_s)};
    list[0].parent = u"A"_s;
    QVERIFY(ProposalRepository(conn()).insert(list));
    const auto loaded = ProposalRepository(conn()).loadAll();
    QCOMPARE(loaded->find(u"B"_s)->parent, u"A"_s);
}

void TstProposalRepository::insertRefuses_data()
{
    QTest::addColumn<Proposal>("proposal");
    QTest::addColumn<QString>("word");
    auto with = [](const std::function<void(Proposal &)> &change) {
        Proposal p = make(u"P-9"_s, u"W1"_s, u"text"_s);
        change(p);
        return p;
    };
    QTest::newRow("taken key") << with([](Proposal &p) { p.key = u"P-1"_s; }) << u"exists already"_s;
    QTest::newRow("bad key") << with([](Proposal &p) { p.key = u"P 9"_s; }) << u"P 9"_s;
    QTest::newRow("unknown workshop") << with([](Proposal &p) { p.workshop = u"W7"_s; }) << u"W7"_s;
    QTest::newRow("unknown theme") << with([](Proposal &p) { p.theme = u"T7"_s; }) << u"T7"_s;
    QTest::newRow("unknown parent") << with([](Proposal &p) { p.parent = u"P-77"_s; }) << u"P-77"_s;
    QTest::newRow("unknown merged into") << with([](Proposal &p) {
        p.status = ProposalStatus::Merged;
        p.mergedInto = u"P-78"_s;
    }) << u"P-78"_s;
    QTest::newRow("unknown rapporteur") << with([](Proposal &p) { p.rapporteurId = 4242; }) << u"4242"_s;
    QTest::newRow("no text") << with([](Proposal &p) { p.text = u" "_s; }) << u"no text"_s;
}

void TstProposalRepository::insertRefuses()
{
    QFETCH(Proposal, proposal);
    QFETCH(QString, word);
    insertSample();
    WriteTransaction tx(conn());
    QVERIFY(tx.begin(u"test"_s));
    const Status s = ProposalRepository(conn()).insert(proposal);
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(word), qPrintable(s.error().message));
}

void TstProposalRepository::updateReplacesTagsAndReferences()
{
    insertSample();
    ProposalRepository repo(conn());
    const ProposalSet all = repo.loadAll().value();
    Proposal p = *all.find(u"P-4"_s);
    p.text = u"Former les élus locaux"_s;
    p.sdgs = {4};
    p.actors = {u"Communes"_s};
    p.parent = u"P-1"_s;
    p.position = 2;
    p.workshop.clear();
    p.theme = u"T1"_s;
    QVERIFY2(repo.update(p), qPrintable(errorText(repo.update(p))));
    const auto loaded = repo.loadAll();
    QCOMPARE(*loaded->find(u"P-4"_s), p);
    QCOMPARE(loaded->childrenOf(u"P-1"_s), (QStringList{u"P-2"_s, u"P-3"_s, u"P-4"_s}));
    p.key = u"P-404"_s;
    const Status missing = repo.update(p);
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(u"P-404"_s));
}

void TstProposalRepository::removeTakesSubPointsTagsAndHistory()
{
    insertSample();
    ProposalRepository repo(conn());
    QVERIFY(repo.addLineage({LineageEdge{u"P-2"_s, u"P-5"_s, LineageKind::Split, {}}}));
    QVERIFY2(repo.remove({u"P-1"_s}), "remove");
    const auto loaded = repo.loadAll();
    QCOMPARE(loaded->proposals.size(), 3);
    QVERIFY(!loaded->contains(u"P-2"_s));
    QVERIFY(loaded->lineage.isEmpty());
    QCOMPARE(count(conn(), u"SELECT COUNT(*) FROM proposal_tag"_s), 0);
    QVERIFY(!repo.remove({u"P-1"_s}));
}

void TstProposalRepository::mergeAndSplitLandAndUndo()
{
    insertSample();
    ProposalRepository repo(conn());
    const ProposalSet before = repo.loadAll().value();

    const auto merge = planMerge(before, {u"P-4"_s, u"P-1"_s}, u"Un fonds et des élus formés"_s);
    QVERIFY(merge);
    {
        WriteTransaction tx(conn());
        QVERIFY(tx.begin(u"merge"_s));
        const Status s = repo.apply(*merge);
        QVERIFY2(s, qPrintable(errorText(s)));
        QVERIFY(tx.commit());
    }
    const ProposalSet merged = repo.loadAll().value();
    QCOMPARE(normalized(merged, true), normalized(merge->appliedTo(before).value(), true));
    QCOMPARE(merged.sourcesOf(u"P-0007"_s).size(), 2);
    QVERIFY(merged.lineage.constFirst().at.isValid());
    QCOMPARE(merged.find(u"P-1"_s)->mergedInto, u"P-0007"_s);
    QCOMPARE(merged.childrenOf(u"P-0007"_s), (QStringList{u"P-2"_s, u"P-3"_s}));

    // Undo: the inverse edit gives the file back as it was.
    QVERIFY(repo.apply(merge->inverted()));
    QCOMPARE(normalized(repo.loadAll().value()), normalized(before));
    QCOMPARE(count(conn(), u"SELECT COUNT(*) FROM proposal_lineage"_s), 0);

    const auto split = planSplit(before, u"P-5"_s, {u"Shared indicators"_s, u"Published yearly"_s});
    QVERIFY(split);
    QVERIFY(repo.apply(*split));
    const ProposalSet splitSet = repo.loadAll().value();
    QCOMPARE(normalized(splitSet, true), normalized(split->appliedTo(before).value(), true));
    QCOMPARE(splitSet.targetsOf(u"P-5"_s).size(), 2);
    QCOMPARE(splitSet.targetsOf(u"P-5"_s).constFirst().kind, LineageKind::Split);
    QVERIFY(repo.apply(split->inverted()));
    QCOMPARE(normalized(repo.loadAll().value()), normalized(before));

    // Removing restores the same ids on undo.
    const auto remove = planRemove(before, u"P-1"_s);
    QVERIFY(repo.apply(*remove));
    QCOMPARE(repo.loadAll()->proposals.size(), 3);
    QVERIFY(repo.apply(remove->inverted()));
    QCOMPARE(normalized(repo.loadAll().value()), normalized(before));
}

void TstProposalRepository::positionsAndLineage()
{
    insertSample();
    ProposalRepository repo(conn());
    QVERIFY(repo.setPositions({{u"P-5"_s, 0}, {u"P-1"_s, 1}, {u"P-6"_s, -1}}));
    QCOMPARE(repo.loadAll()->retainedInOrder(), (QStringList{u"P-5"_s, u"P-1"_s}));
    QVERIFY(!repo.setPositions({{u"nope"_s, 0}}));

    const QDateTime at(QDate(2026, 10, 15), QTime(16, 30), Qt::UTC);
    QVERIFY(repo.addLineage({LineageEdge{u"P-4"_s, u"P-6"_s, LineageKind::Split, at}}));
    // The same two proposals again: replaced, not doubled.
    QVERIFY(repo.addLineage({LineageEdge{u"P-4"_s, u"P-6"_s, LineageKind::Merge, at}}));
    const auto loaded = repo.loadAll();
    QCOMPARE(loaded->lineage.size(), 1);
    QCOMPARE(loaded->lineage.constFirst().kind, LineageKind::Merge);
    QCOMPARE(loaded->lineage.constFirst().at, at);
    QVERIFY(!repo.addLineage({LineageEdge{u"P-4"_s, u"P-4"_s, LineageKind::Merge, {}}}));
    QVERIFY(!repo.addLineage({LineageEdge{u"P-4"_s, u"ghost"_s, LineageKind::Merge, {}}}));
    QVERIFY(repo.removeLineage({LineageEdge{u"P-4"_s, u"P-6"_s, LineageKind::Merge, {}}}));
    QVERIFY(repo.loadAll()->lineage.isEmpty());
}

void TstProposalRepository::rolledBackTransactionLeavesNothing()
{
    {
        WriteTransaction tx(conn());
        QVERIFY(tx.begin(u"test"_s));
        QList<Proposal> list{make(u"A"_s, u"W1"_s, u"first"_s), make(u"B"_s, u"W9"_s, u"bad workshop"_s)};
        QVERIFY(!ProposalRepository(conn()).insert(list));
        // No commit: the transaction rolls back.
    }
    QCOMPARE(count(conn(), u"SELECT COUNT(*) FROM proposal"_s), 0);
}

void TstProposalRepository::countsProposalsOfTheirOwn()
{
    insertSample();
    QCOMPARE(ForumRepository(conn()).countProposals().value(), 4);
}

QTEST_GUILESS_MAIN(TstProposalRepository)
#include "tst_proposalrepository.moc"
