// Merging, splitting and the other planned edits of proposals: the originals stay, the lineage is written,
// and every edit undoes exactly (edit, then its inverse, gives the set back).
#include "proposallineage.h"

#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

namespace {

Proposal make(const QString &key, const QString &workshop, ProposalStatus status, int position,
              const QString &parent = {})
{
    Proposal p;
    p.id = key.mid(2).toInt();
    p.key = key;
    p.workshop = workshop;
    p.status = status;
    p.position = position;
    p.parent = parent;
    p.text = u"Text of "_s + key;
    return p;
}

/// Two workshops and the plenary:
/// W1: P-01 (retained #0, sub-points P-03, P-04), P-02 (submitted, #1 of W1)
/// W2: P-05 (retained #1), P-06 (submitted), P-07 (retained #2)
/// plenary: P-08 (draft)
ProposalSet sample()
{
    using S = ProposalStatus;
    ProposalSet set;
    set.proposals << make(u"P-01"_s, u"W1"_s, S::Retained, 0) << make(u"P-02"_s, u"W1"_s, S::Submitted, 1)
                  << make(u"P-03"_s, u"W1"_s, S::Submitted, 0, u"P-01"_s)
                  << make(u"P-04"_s, u"W1"_s, S::Submitted, 1, u"P-01"_s)
                  << make(u"P-05"_s, u"W2"_s, S::Retained, 1) << make(u"P-06"_s, u"W2"_s, S::Submitted, 0)
                  << make(u"P-07"_s, u"W2"_s, S::Retained, 2) << make(u"P-08"_s, QString(), S::Draft, 0);
    Proposal &p1 = set.proposals[0];
    p1.theme = u"T1"_s;
    p1.sdgs = {8, 12};
    p1.actors = {u"UNDP"_s};
    p1.support = 12;
    p1.rapporteurId = 7;
    Proposal &p5 = set.proposals[4];
    p5.theme = u"T2"_s;
    p5.sdgs = {1, 8};
    p5.actors = {u"undp"_s, u"States"_s};
    p5.support = 5;
    p5.rapporteurId = 9;
    set.proposals[6].theme = u"T2"_s;
    return set;
}

/// The set with its proposals sorted by key: undo puts removed proposals back at the end.
ProposalSet sorted(ProposalSet set)
{
    std::sort(set.proposals.begin(), set.proposals.end(),
              [](const Proposal &a, const Proposal &b) { return a.key < b.key; });
    return set;
}

/// Applies `edit` to `set`, checks it undoes exactly, and returns the set after the edit.
ProposalSet applyAndCheckUndo(const ProposalSet &set, const ProposalEdit &edit)
{
    auto after = edit.appliedTo(set);
    if (!after) {
        qWarning("%s", qPrintable(after.error().message));
        return set;
    }
    auto back = edit.inverted().appliedTo(after.value());
    if (!back || sorted(back.value()) != sorted(set)) {
        qWarning("undo does not give the set back");
        return {};
    }
    return after.value();
}

} // namespace

class TstProposalLineage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeKeepsOriginalsAndWritesLineage();
    void mergeInOneWorkshopTakesTheBestPlace();
    void mergeIsRefused_data();
    void mergeIsRefused();
    void mergeTextDraftJoinsTheOriginals();
    void splitTakesTheOriginalsPlace();
    void splitIsRefused();
    void historyWalksBothWays();
    void removeTakesSubPointsAndFreesMergedOnes();
    void reorderNumbersOneList();
    void statusChangeMovesBetweenLists();
    void indentAndOutdent();
    void addAndUpdate();
    void addAfterAndMove();
    void diffAndApply();
    void applyRefusesAStaleEdit();
};

void TstProposalLineage::mergeKeepsOriginalsAndWritesLineage()
{
    const ProposalSet set = sample();
    const auto edit = planMerge(set, {u"P-01"_s, u"P-05"_s}, u"  One text for both  "_s);
    QVERIFY2(edit, qPrintable(edit.isOk() ? QString() : edit.error().message));
    QCOMPARE(edit->added.size(), 1);
    const Proposal &merged = edit->added.constFirst();
    QCOMPARE(merged.key, u"P-0009"_s);
    QCOMPARE(merged.text, u"One text for both"_s);
    QCOMPARE(merged.workshop, QString()); // two workshops: the plenary
    QCOMPARE(merged.status, ProposalStatus::Retained);
    QCOMPARE(merged.position, 0); // P-01's place in the declaration
    QCOMPARE(merged.sdgs, (QList<int>{1, 8, 12}));
    QCOMPARE(merged.actors, (QStringList{u"States"_s, u"UNDP"_s}));
    QCOMPARE(merged.support, 17);
    QCOMPARE(merged.rapporteurId, 0);
    QCOMPARE(merged.theme, u"T1"_s); // a tie: the first one's

    const ProposalSet after = applyAndCheckUndo(set, *edit);
    QCOMPARE(after.proposals.size(), set.proposals.size() + 1);
    for (const QString &key : {u"P-01"_s, u"P-05"_s}) {
        const Proposal *original = after.find(key);
        QVERIFY(original);
        QCOMPARE(original->status, ProposalStatus::Merged);
        QCOMPARE(original->mergedInto, u"P-0009"_s);
        QCOMPARE(original->text, set.find(key)->text);
    }
    QCOMPARE(after.sourcesOf(u"P-0009"_s).size(), 2);
    QCOMPARE(after.sourcesOf(u"P-0009"_s).constFirst().kind, LineageKind::Merge);
    // P-01's sub-points follow it into the merged proposal, in order.
    QCOMPARE(after.childrenOf(u"P-0009"_s), (QStringList{u"P-03"_s, u"P-04"_s}));
    QCOMPARE(after.retainedInOrder(), (QStringList{u"P-0009"_s, u"P-07"_s}));
    const QSet<QString> workshops{u"W1"_s, u"W2"_s};
    QVERIFY(validateProposals(after, &workshops).isEmpty());
}

void TstProposalLineage::mergeInOneWorkshopTakesTheBestPlace()
{
    ProposalSet set = sample();
    set.proposals << make(u"P-10"_s, u"W2"_s, ProposalStatus::Submitted, 3);
    set.proposals.last().theme = u"T2"_s;
    const auto edit = planMerge(set, {u"P-10"_s, u"P-06"_s}, u"Both"_s, u"M-1"_s);
    QVERIFY(edit);
    const Proposal &merged = edit->added.constFirst();
    QCOMPARE(merged.key, u"M-1"_s);
    QCOMPARE(merged.workshop, u"W2"_s);
    QCOMPARE(merged.status, ProposalStatus::Submitted);
    QCOMPARE(merged.position, 0);
    QCOMPARE(merged.support, -1);
    QCOMPARE(merged.theme, u"T2"_s);
}

void TstProposalLineage::mergeIsRefused_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("newKey");
    QTest::addColumn<QString>("word");
    QTest::newRow("one") << QStringList{u"P-01"_s, u"P-01"_s} << u"x"_s << QString() << u"two"_s;
    QTest::newRow("unknown") << QStringList{u"P-01"_s, u"P-99"_s} << u"x"_s << QString() << u"P-99"_s;
    QTest::newRow("no text") << QStringList{u"P-01"_s, u"P-02"_s} << u" "_s << QString() << u"text"_s;
    QTest::newRow("own sub-point") << QStringList{u"P-01"_s, u"P-03"_s} << u"x"_s << QString()
                                   << u"sub-point"_s;
    QTest::newRow("taken key") << QStringList{u"P-01"_s, u"P-02"_s} << u"x"_s << u"P-05"_s << u"exists"_s;
    QTest::newRow("bad key") << QStringList{u"P-01"_s, u"P-02"_s} << u"x"_s << u"P 5"_s << u"key"_s;
}

void TstProposalLineage::mergeIsRefused()
{
    QFETCH(QStringList, keys);
    QFETCH(QString, text);
    QFETCH(QString, newKey);
    QFETCH(QString, word);
    const auto edit = planMerge(sample(), keys, text, newKey);
    QVERIFY(!edit);
    QVERIFY2(edit.error().message.contains(word), qPrintable(edit.error().message));
}

void TstProposalLineage::mergeTextDraftJoinsTheOriginals()
{
    QCOMPARE(mergeTextDraft(sample(), {u"P-02"_s, u"P-08"_s, u"P-99"_s}), u"Text of P-02\n\nText of P-08"_s);
    // A proposal merged already cannot be merged again.
    const ProposalSet set = sample();
    const ProposalSet after = applyAndCheckUndo(set, planMerge(set, {u"P-01"_s, u"P-05"_s}, u"x"_s).value());
    const auto again = planMerge(after, {u"P-01"_s, u"P-07"_s}, u"y"_s);
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(u"P-0009"_s));
}

void TstProposalLineage::splitTakesTheOriginalsPlace()
{
    const ProposalSet set = sample();
    const auto edit = planSplit(set, u"P-05"_s, {u"First part"_s, u" Second part "_s});
    QVERIFY(edit);
    QCOMPARE(edit->added.size(), 2);
    const ProposalSet after = applyAndCheckUndo(set, *edit);
    QCOMPARE(after.find(u"P-05"_s)->status, ProposalStatus::Merged);
    QVERIFY(after.find(u"P-05"_s)->mergedInto.isEmpty());
    QCOMPARE(after.find(u"P-0010"_s)->text, u"Second part"_s);
    // The parts take P-05's place in the declaration; P-07 moves down.
    QCOMPARE(after.retainedInOrder(), (QStringList{u"P-01"_s, u"P-0009"_s, u"P-0010"_s, u"P-07"_s}));
    QCOMPARE(after.find(u"P-07"_s)->position, 3);
    for (const QString &key : {u"P-0009"_s, u"P-0010"_s}) {
        const Proposal *part = after.find(key);
        QCOMPARE(part->workshop, u"W2"_s);
        QCOMPARE(part->sdgs, (QList<int>{1, 8}));
        QCOMPARE(part->rapporteurId, 9);
        QCOMPARE(part->id, 0);
        QCOMPARE(after.sourcesOf(key), (QList<LineageEdge>{{u"P-05"_s, key, LineageKind::Split, {}}}));
    }
    // Sub-points go under the first part.
    const auto withChildren = planSplit(set, u"P-01"_s, {u"a"_s, u"b"_s, u"c"_s}, {u"X"_s, u"Y"_s, u"Z"_s});
    QVERIFY(withChildren);
    const ProposalSet split = applyAndCheckUndo(set, *withChildren);
    QCOMPARE(split.childrenOf(u"X"_s), (QStringList{u"P-03"_s, u"P-04"_s}));
    QCOMPARE(split.retainedInOrder(), (QStringList{u"X"_s, u"Y"_s, u"Z"_s, u"P-05"_s, u"P-07"_s}));
}

void TstProposalLineage::splitIsRefused()
{
    const ProposalSet set = sample();
    QVERIFY(!planSplit(set, u"P-99"_s, {u"a"_s, u"b"_s}));
    QVERIFY(!planSplit(set, u"P-01"_s, {u"only one"_s}));
    QVERIFY(!planSplit(set, u"P-01"_s, {u"a"_s, u"  "_s}));
    QVERIFY(!planSplit(set, u"P-01"_s, {u"a"_s, u"b"_s}, {u"X"_s}));
    QVERIFY(!planSplit(set, u"P-01"_s, {u"a"_s, u"b"_s}, {u"X"_s, u"X"_s}));
    QVERIFY(!planSplit(set, u"P-01"_s, {u"a"_s, u"b"_s}, {u"X"_s, u"P-02"_s}));
    const ProposalSet after = applyAndCheckUndo(set, planSplit(set, u"P-02"_s, {u"a"_s, u"b"_s}).value());
    QVERIFY(!planSplit(after, u"P-02"_s, {u"a"_s, u"b"_s}));
}

void TstProposalLineage::historyWalksBothWays()
{
    ProposalSet set = sample();
    set = applyAndCheckUndo(set, planMerge(set, {u"P-01"_s, u"P-05"_s}, u"m"_s, u"M"_s).value());
    set = applyAndCheckUndo(set, planSplit(set, u"M"_s, {u"a"_s, u"b"_s}, {u"S1"_s, u"S2"_s}).value());
    QCOMPARE(originsOf(set, u"S2"_s), (QStringList{u"M"_s, u"P-01"_s, u"P-05"_s}));
    QCOMPARE(descendantsOf(set, u"P-05"_s), (QStringList{u"M"_s, u"S1"_s, u"S2"_s}));
    QVERIFY(originsOf(set, u"P-08"_s).isEmpty());
}

void TstProposalLineage::removeTakesSubPointsAndFreesMergedOnes()
{
    ProposalSet set = sample();
    set = applyAndCheckUndo(set, planMerge(set, {u"P-02"_s, u"P-06"_s}, u"m"_s, u"M"_s).value());
    // Give the merged proposal a sub-point of a sub-point.
    set.proposals << make(u"P-20"_s, QString(), ProposalStatus::Draft, 0, u"M"_s)
                  << make(u"P-21"_s, QString(), ProposalStatus::Draft, 0, u"P-20"_s);
    const auto edit = planRemove(set, u"M"_s);
    QVERIFY(edit);
    QCOMPARE(edit->removed.size(), 3);
    QCOMPARE(edit->removedEdges.size(), 2);
    const ProposalSet after = applyAndCheckUndo(set, *edit);
    QVERIFY(!after.contains(u"M"_s) && !after.contains(u"P-21"_s));
    QVERIFY(after.lineage.isEmpty());
    QCOMPARE(after.find(u"P-02"_s)->status, ProposalStatus::Submitted);
    QVERIFY(after.find(u"P-02"_s)->mergedInto.isEmpty());
    QVERIFY(validateProposals(after).isEmpty());
    QVERIFY(!planRemove(set, u"nope"_s));
}

void TstProposalLineage::reorderNumbersOneList()
{
    const ProposalSet set = sample();
    const auto edit = planReorder(set, {u"P-07"_s, u"P-01"_s, u"P-05"_s});
    QVERIFY(edit);
    QCOMPARE(edit->before.size(), 3); // 0→1, 1→2, 2→0
    QCOMPARE(applyAndCheckUndo(set, *edit).retainedInOrder(), (QStringList{u"P-07"_s, u"P-01"_s, u"P-05"_s}));
    QVERIFY(planReorder(set, {u"P-01"_s, u"P-05"_s, u"P-07"_s})->isEmpty());
    QVERIFY(!planReorder(set, {u"P-01"_s, u"P-01"_s}));
    QVERIFY(!planReorder(set, {u"P-01"_s, u"P-99"_s}));
}

void TstProposalLineage::statusChangeMovesBetweenLists()
{
    const ProposalSet set = sample();
    const ProposalSet retained =
        applyAndCheckUndo(set, planSetStatus(set, u"P-06"_s, ProposalStatus::Retained).value());
    QCOMPARE(retained.retainedInOrder().constLast(), u"P-06"_s);
    const ProposalSet rejected =
        applyAndCheckUndo(set, planSetStatus(set, u"P-05"_s, ProposalStatus::Rejected).value());
    QCOMPARE(rejected.topLevelOfWorkshop(u"W2"_s), (QStringList{u"P-06"_s, u"P-05"_s, u"P-07"_s}));
    QCOMPARE(rejected.find(u"P-05"_s)->position, 1); // after P-06, the other unretained one of W2
    QVERIFY(!planSetStatus(set, u"P-06"_s, ProposalStatus::Merged));
}

void TstProposalLineage::indentAndOutdent()
{
    const ProposalSet set = sample();
    QCOMPARE(listOf(set, *set.find(u"P-06"_s)), (QStringList{u"P-06"_s}));
    QVERIFY(!planIndent(set, u"P-06"_s)); // first of its list
    const ProposalSet indented = applyAndCheckUndo(set, planIndent(set, u"P-04"_s).value());
    QCOMPARE(indented.find(u"P-04"_s)->parent, u"P-03"_s);
    QCOMPARE(indented.depth(u"P-04"_s), 2);

    const ProposalSet outdented = applyAndCheckUndo(set, planOutdent(set, u"P-03"_s).value());
    const Proposal *p3 = outdented.find(u"P-03"_s);
    QVERIFY(p3->parent.isEmpty());
    // P-03 is submitted: it goes to W1's list of unretained proposals, which P-01 is not in: at the end.
    QCOMPARE(outdented.topLevelOfWorkshop(u"W1"_s), (QStringList{u"P-02"_s, u"P-03"_s, u"P-01"_s}));
    QVERIFY(!planOutdent(set, u"P-01"_s));

    // A sub-point of a sub-point goes just after its parent.
    const ProposalSet back = applyAndCheckUndo(indented, planOutdent(indented, u"P-04"_s).value());
    QCOMPARE(back.childrenOf(u"P-01"_s), (QStringList{u"P-03"_s, u"P-04"_s}));
}

void TstProposalLineage::addAndUpdate()
{
    const ProposalSet set = sample();
    Proposal fresh;
    fresh.workshop = u"W2"_s;
    fresh.text = u"new"_s;
    const auto add = planAdd(set, fresh);
    QVERIFY(add);
    QCOMPARE(add->added.constFirst().key, u"P-0009"_s);
    QCOMPARE(add->added.constFirst().position, 1); // after P-06
    const ProposalSet added = applyAndCheckUndo(set, *add);
    QCOMPARE(added.topLevelOfWorkshop(u"W2"_s), (QStringList{u"P-06"_s, u"P-0009"_s, u"P-05"_s, u"P-07"_s}));
    fresh.key = u"P-01"_s;
    QVERIFY(!planAdd(set, fresh));

    Proposal changed = *set.find(u"P-08"_s);
    changed.text = u"Changed"_s;
    changed.id = 999; // ids are the file's business: kept
    const auto update = planUpdate(set, changed);
    QVERIFY(update);
    QCOMPARE(update->after.constFirst().id, set.find(u"P-08"_s)->id);
    QCOMPARE(applyAndCheckUndo(set, *update).find(u"P-08"_s)->text, u"Changed"_s);
    changed.key = u"P-404"_s;
    QVERIFY(!planUpdate(set, changed));
}

void TstProposalLineage::addAfterAndMove()
{
    ProposalSet set = sample();
    set.proposals << make(u"P-10"_s, u"W2"_s, ProposalStatus::Submitted, 1)
                  << make(u"P-11"_s, u"W2"_s, ProposalStatus::Submitted, 2);
    Proposal fresh;
    fresh.workshop = u"W2"_s;
    fresh.text = u"typed after P-06"_s;
    fresh.status = ProposalStatus::Submitted;
    const auto edit = planAddAfter(set, fresh, u"P-06"_s);
    QVERIFY(edit);
    const ProposalSet after = applyAndCheckUndo(set, *edit);
    QCOMPARE(listOf(after, *after.find(u"P-06"_s)),
             (QStringList{u"P-06"_s, u"P-0012"_s, u"P-10"_s, u"P-11"_s}));
    const auto first = planAddAfter(set, fresh, QString());
    QCOMPARE(listOf(applyAndCheckUndo(set, *first), *set.find(u"P-06"_s)).constFirst(), u"P-0012"_s);
    // A sub-point goes among sub-points.
    Proposal sub = fresh;
    sub.workshop = u"W1"_s;
    sub.parent = u"P-01"_s;
    const ProposalSet withSub = applyAndCheckUndo(set, planAddAfter(set, sub, u"P-03"_s).value());
    QCOMPARE(withSub.childrenOf(u"P-01"_s), (QStringList{u"P-03"_s, u"P-0012"_s, u"P-04"_s}));
    QVERIFY(!planAddAfter(set, fresh, u"P-03"_s)); // not in the same list
    QVERIFY(!planAddAfter(set, fresh, u"P-99"_s));

    const ProposalSet down = applyAndCheckUndo(set, planMove(set, u"P-06"_s, 1).value());
    QCOMPARE(listOf(down, *down.find(u"P-06"_s)), (QStringList{u"P-10"_s, u"P-06"_s, u"P-11"_s}));
    const ProposalSet top = applyAndCheckUndo(set, planMove(set, u"P-11"_s, -5).value());
    QCOMPARE(listOf(top, *top.find(u"P-06"_s)), (QStringList{u"P-11"_s, u"P-06"_s, u"P-10"_s}));
    QVERIFY(planMove(set, u"P-06"_s, -1)->isEmpty());
}

void TstProposalLineage::diffAndApply()
{
    const ProposalSet set = sample();
    const ProposalSet merged = applyAndCheckUndo(set, planMerge(set, {u"P-02"_s, u"P-08"_s}, u"m"_s).value());
    const ProposalEdit diff = diffProposals(set, merged);
    QCOMPARE(diff.added.size(), 1);
    QCOMPARE(diff.before.size(), 2);
    QCOMPARE(diff.addedEdges.size(), 2);
    QCOMPARE(diff.appliedTo(set).value(), merged);
    QVERIFY(diffProposals(set, set).isEmpty());
}

void TstProposalLineage::applyRefusesAStaleEdit()
{
    ProposalSet set = sample();
    const ProposalEdit edit = planMerge(set, {u"P-02"_s, u"P-08"_s}, u"m"_s).value();
    set.proposals.removeAt(set.indexOf(u"P-08"_s));
    const ProposalSet before = set;
    QVERIFY(!edit.applyTo(set));
    QCOMPARE(set, before);
    // An edit that adds a key present already is refused too.
    ProposalSet twice = sample();
    QVERIFY(edit.applyTo(twice));
    QVERIFY(!edit.applyTo(twice));
}

QTEST_GUILESS_MAIN(TstProposalLineage)
#include "tst_proposallineage.moc"
