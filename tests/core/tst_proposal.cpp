// Proposals in memory: keys that never collide, the lists and their order, the checks that keep a set
// sound, and the SDG names.
#include "proposal.h"
#include "sdg.h"

#include <QSet>

#include <QTest>
#include <functional>

using namespace cordee;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(cordee::ProposalSet)

namespace {

Proposal make(const QString &key, const QString &workshop = {},
              ProposalStatus status = ProposalStatus::Submitted, int position = -1,
              const QString &parent = {})
{
    Proposal p;
    p.key = key;
    p.workshop = workshop;
    p.status = status;
    p.position = position;
    p.parent = parent;
    p.text = u"Text of "_s + key;
    return p;
}

bool hasProblemAbout(const QList<ProposalProblem> &problems, const QString &key, const QString &word)
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const ProposalProblem &p) {
        return p.key == key && p.message.contains(word, Qt::CaseInsensitive);
    });
}

} // namespace

class TstProposal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newKeysFollowTheHighestAndNeverCollide();
    void listsAreSortedByPositionThenKey();
    void depthFollowsParents();
    void lineageQueries();
    void normalizesTags();
    void keysMustBeWritable_data();
    void keysMustBeWritable();
    void validSetHasNoProblem();
    void validationFindsEachProblem_data();
    void validationFindsEachProblem();
    void cycleIsReportedOnce();
    void sdgNamesAndLabels();
    void lineageKindKeys();
};

void TstProposal::newKeysFollowTheHighestAndNeverCollide()
{
    ProposalSet set;
    QCOMPARE(nextProposalKey(set), u"P-0001"_s);
    set.proposals << make(u"P-0007"_s) << make(u"P-0041"_s) << make(u"OTHER"_s) << make(u"P-x"_s);
    QCOMPARE(nextProposalKey(set), u"P-0042"_s);
    QCOMPARE(nextProposalKeys(set, 3), (QStringList{u"P-0042"_s, u"P-0043"_s, u"P-0044"_s}));
    // Keys reserved elsewhere (an edit being planned) are skipped too.
    QCOMPARE(nextProposalKey(set, {u"P-0042"_s, u"P-0050"_s}), u"P-0051"_s);
    set.proposals << make(u"P-12345"_s);
    QCOMPARE(nextProposalKey(set), u"P-12346"_s);
}

void TstProposal::listsAreSortedByPositionThenKey()
{
    ProposalSet set;
    set.proposals << make(u"P-10"_s, u"W1"_s, ProposalStatus::Submitted, 1)
                  << make(u"P-9"_s, u"W1"_s, ProposalStatus::Submitted, -1)
                  << make(u"P-2"_s, u"W1"_s, ProposalStatus::Submitted, 0)
                  << make(u"P-3"_s, u"W1"_s, ProposalStatus::Submitted, -1)
                  << make(u"P-4"_s, u"W2"_s, ProposalStatus::Retained, 1)
                  << make(u"P-5"_s, u"W1"_s, ProposalStatus::Retained, 0)
                  << make(u"P-6"_s, u"W1"_s, ProposalStatus::Draft, 0, u"P-2"_s)
                  << make(u"P-7"_s, u"W1"_s, ProposalStatus::Retained, 2, u"P-5"_s)
                  << make(u"P-8"_s, {}, ProposalStatus::Submitted, 0);
    // Unplaced ones last, by key in numeric order ("P-3" before "P-9").
    // Retained ones after the others, in the declaration's order.
    QCOMPARE(set.topLevelOfWorkshop(u"W1"_s),
             (QStringList{u"P-2"_s, u"P-10"_s, u"P-3"_s, u"P-9"_s, u"P-5"_s}));
    QCOMPARE(set.topLevelOfWorkshop(QString()), (QStringList{u"P-8"_s}));
    // Sub-points are not in the declaration's list; their parents are.
    QCOMPARE(set.retainedInOrder(), (QStringList{u"P-5"_s, u"P-4"_s}));
    QCOMPARE(set.childrenOf(u"P-2"_s), (QStringList{u"P-6"_s}));
    QCOMPARE(set.childrenOf(QString()).size(), 7);
}

void TstProposal::depthFollowsParents()
{
    ProposalSet set;
    set.proposals << make(u"A"_s) << make(u"B"_s, {}, ProposalStatus::Draft, 0, u"A"_s)
                  << make(u"C"_s, {}, ProposalStatus::Draft, 0, u"B"_s);
    QCOMPARE(set.depth(u"A"_s), 0);
    QCOMPARE(set.depth(u"C"_s), 2);
    QCOMPARE(set.depth(u"Z"_s), -1);
    // A cycle ends.
    set.proposals[0].parent = u"C"_s;
    QVERIFY(set.depth(u"A"_s) >= 3);
}

void TstProposal::lineageQueries()
{
    ProposalSet set;
    set.proposals << make(u"A"_s) << make(u"B"_s) << make(u"C"_s);
    set.lineage << LineageEdge{u"A"_s, u"C"_s, LineageKind::Merge, {}}
                << LineageEdge{u"B"_s, u"C"_s, LineageKind::Merge, {}};
    QCOMPARE(set.sourcesOf(u"C"_s).size(), 2);
    QCOMPARE(set.targetsOf(u"A"_s).size(), 1);
    QCOMPARE(set.targetsOf(u"A"_s).constFirst().target, u"C"_s);
    QVERIFY(set.sourcesOf(u"A"_s).isEmpty());
    // Edges compare by their ends and kind, not by when they were written.
    QCOMPARE((LineageEdge{u"A"_s, u"C"_s, LineageKind::Merge, QDateTime::currentDateTimeUtc()}),
             set.lineage.constFirst());
}

void TstProposal::normalizesTags()
{
    QCOMPARE(normalizedSdgs({12, 8, 0, 18, 8, 17}), (QList<int>{8, 12, 17}));
    QCOMPARE(normalizedActors(
                 {u" UNDP "_s, u"États"_s, u"undp"_s, u"Etats"_s, QString(), u"cooperative  banks"_s}),
             (QStringList{u"cooperative banks"_s, u"États"_s, u"UNDP"_s}));
}

void TstProposal::keysMustBeWritable_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("usual") << u"P-0042"_s << true;
    QTest::newRow("free") << u"ATELIER3.a"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << u"P 1"_s << false;
    QTest::newRow("semicolon") << u"P;1"_s << false;
    QTest::newRow("comma") << u"P,1"_s << false;
}

void TstProposal::keysMustBeWritable()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(isValidProposalKey(key), valid);
}

void TstProposal::validSetHasNoProblem()
{
    ProposalSet set;
    set.proposals << make(u"A"_s, u"W1"_s) << make(u"B"_s, u"W1"_s, ProposalStatus::Merged)
                  << make(u"C"_s, u"W1"_s, ProposalStatus::Retained, 0, u"A"_s);
    set.proposals[1].mergedInto = u"A"_s;
    set.proposals[0].sdgs = {1, 17};
    set.proposals[0].support = 0;
    set.lineage << LineageEdge{u"B"_s, u"A"_s, LineageKind::Merge, {}};
    const QSet<QString> workshops{u"W1"_s}, themes;
    const QList<ProposalProblem> problems = validateProposals(set, &workshops, &themes);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
}

void TstProposal::validationFindsEachProblem_data()
{
    QTest::addColumn<ProposalSet>("set");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("word");
    auto one = [](const std::function<void(Proposal &)> &change) {
        ProposalSet set;
        set.proposals << make(u"A"_s, u"W1"_s) << make(u"B"_s, u"W1"_s);
        change(set.proposals[0]);
        return set;
    };
    QTest::newRow("no key") << one([](Proposal &p) { p.key.clear(); }) << QString() << u"no key"_s;
    QTest::newRow("bad key") << one([](Proposal &p) { p.key = u"A 1"_s; }) << u"A 1"_s << u"spaces"_s;
    QTest::newRow("repeated key") << one([](Proposal &p) { p.key = u"B"_s; }) << u"B"_s << u"Two proposals"_s;
    QTest::newRow("empty text") << one([](Proposal &p) { p.text = u"  "_s; }) << u"A"_s << u"no text"_s;
    QTest::newRow("unknown workshop") << one([](Proposal &p) { p.workshop = u"W9"_s; }) << u"A"_s << u"W9"_s;
    QTest::newRow("unknown theme") << one([](Proposal &p) { p.theme = u"T9"_s; }) << u"A"_s << u"T9"_s;
    QTest::newRow("own parent") << one([](Proposal &p) { p.parent = u"A"_s; }) << u"A"_s << u"itself"_s;
    QTest::newRow("unknown parent") << one([](Proposal &p) { p.parent = u"Z"_s; }) << u"A"_s << u"Z"_s;
    QTest::newRow("merged into unknown") << one([](Proposal &p) {
        p.status = ProposalStatus::Merged;
        p.mergedInto = u"Z"_s;
    }) << u"A"_s << u"does not exist"_s;
    QTest::newRow("merged into itself") << one([](Proposal &p) {
        p.status = ProposalStatus::Merged;
        p.mergedInto = u"A"_s;
    }) << u"A"_s << u"itself"_s;
    QTest::newRow("merged but not merged")
        << one([](Proposal &p) { p.mergedInto = u"B"_s; }) << u"A"_s << u"status"_s;
    QTest::newRow("sdg 18") << one([](Proposal &p) { p.sdgs = {18}; }) << u"A"_s << u"SDG 18"_s;
    QTest::newRow("support") << one([](Proposal &p) { p.support = -4; }) << u"A"_s << u"negative"_s;
    ProposalSet edges = one([](Proposal &) {});
    edges.lineage << LineageEdge{u"A"_s, u"Z"_s, LineageKind::Split, {}};
    QTest::newRow("edge to nowhere") << edges << u"Z"_s << u"history"_s;
    ProposalSet loop = one([](Proposal &) {});
    loop.lineage << LineageEdge{u"A"_s, u"A"_s, LineageKind::Merge, {}};
    QTest::newRow("edge to itself") << loop << u"A"_s << u"itself"_s;
}

void TstProposal::validationFindsEachProblem()
{
    QFETCH(ProposalSet, set);
    QFETCH(QString, key);
    QFETCH(QString, word);
    const QSet<QString> workshops{u"W1"_s}, themes{u"T1"_s};
    const QList<ProposalProblem> problems = validateProposals(set, &workshops, &themes);
    QVERIFY2(hasProblemAbout(problems, key, word),
             qPrintable(u"no problem about "_s + word + u" among: "_s +
                        (problems.isEmpty() ? u"none"_s : problems.constFirst().message)));
}

void TstProposal::cycleIsReportedOnce()
{
    ProposalSet set;
    set.proposals << make(u"A"_s, {}, ProposalStatus::Draft, 0, u"C"_s)
                  << make(u"B"_s, {}, ProposalStatus::Draft, 0, u"A"_s)
                  << make(u"C"_s, {}, ProposalStatus::Draft, 0, u"B"_s)
                  << make(u"D"_s, {}, ProposalStatus::Draft, 0, u"C"_s);
    const QList<ProposalProblem> problems = validateProposals(set);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.constFirst().message.contains(u"A → B → C → A"_s) ||
            problems.constFirst().message.contains(u"A → C → B → A"_s));
    // Without workshop and theme keys, those are not checked.
    set.proposals[0].parent.clear();
    set.proposals[0].workshop = u"anything"_s;
    QVERIFY(validateProposals(set).isEmpty());
}

void TstProposal::sdgNamesAndLabels()
{
    QCOMPARE(sdg::all().size(), 17);
    QSet<QString> names;
    for (int g : sdg::all()) {
        QVERIFY(!sdg::name(g).isEmpty());
        QVERIFY(sdg::colour(g) != 0);
        names.insert(sdg::name(g));
    }
    QCOMPARE(names.size(), 17);
    QCOMPARE(sdg::name(8), u"Decent work and economic growth"_s);
    QCOMPARE(sdg::label(13), u"SDG 13 · Climate action"_s);
    QVERIFY(sdg::name(0).isEmpty());
    QVERIFY(sdg::name(18).isEmpty());
    QVERIFY(!sdg::isValid(0) && sdg::isValid(1) && sdg::isValid(17) && !sdg::isValid(18));
}

void TstProposal::lineageKindKeys()
{
    for (LineageKind k : {LineageKind::Merge, LineageKind::Split}) {
        QCOMPARE(lineagekind::fromKey(lineagekind::key(k)), std::optional<LineageKind>(k));
        QVERIFY(!lineagekind::label(k).isEmpty());
    }
    QCOMPARE(lineagekind::fromKey(u" MERGE "_s), std::optional<LineageKind>(LineageKind::Merge));
    QVERIFY(!lineagekind::fromKey(u"fusion"_s).has_value());
}

QTEST_GUILESS_MAIN(TstProposal)
#include "tst_proposal.moc"
