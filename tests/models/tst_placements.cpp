// The Workshops page's model layer: a formation run applied with undo, hand moves and pins with undo, both
// persisted; the board of a slot (cards, balance, rule breaks, unplaced people); "why is she here?"; the
// organizer's weights changing F.

#include "formationweights.h"
#include "forumdocument.h"
#include "forumfile.h"
#include "placementcommands.h"
#include "testsupport.h"
#include "workshopboard.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee;
using cordee::test::errorText;
using namespace Qt::StringLiterals;

class TstPlacements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void formationRunIsUndoable();
    void moveAndPinAreUndoableAndPersisted();
    void eachMoveIsOneStep();
    void boardShowsCardsBalanceAndBreaks();
    void explanationNamesRankAndCompanions();
    void weightsChangeObjective();

private:
    void form();
    std::unique_ptr<ForumDocument> reopen();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ForumDocument> m_doc;
};

namespace {

ForumData smallForum()
{
    ForumData d;
    d.info.title = u"Forum des Cimes"_s;
    d.info.languages = {u"fr"_s};
    d.info.workshopMin = 3;
    d.info.workshopMax = 5;
    d.themes = {Theme{0, u"T1"_s, u"Impact"_s, {}}, Theme{0, u"T2"_s, u"Finance"_s, {}}};
    d.rooms = {Room{0, u"R1"_s, u"Salle 1"_s, 5}, Room{0, u"R2"_s, u"Salle 2"_s, 5},
               Room{0, u"R3"_s, u"Salle 3"_s, 5}};
    for (int day = 0; day < 2; ++day)
        d.timeSlots << TimeSlot{0,
                                u"W%1"_s.arg(day + 1),
                                QDate(2027, 3, 1).addDays(day),
                                QTime(10, 0),
                                QTime(12, 0),
                                SlotKind::Workshops,
                                {},
                                {}};
    const QStringList countries{u"FR"_s, u"SN"_s, u"BR"_s, u"CA"_s};
    for (int i = 0; i < 12; ++i) {
        Participant p;
        p.firstName = u"P%1"_s.arg(i, 2, 10, QChar(u'0'));
        p.lastName = u"Test"_s;
        p.country = countries.at(i % 4);
        p.organisation = i < 2 ? u"Coopérative Élan"_s : u"Org %1"_s.arg(i);
        p.gender = i % 2 ? Gender::Male : Gender::Female;
        p.languages = {u"fr"_s};
        p.preferences = i % 3 ? QStringList{u"T1"_s, u"T2"_s} : QStringList{u"T2"_s, u"T1"_s};
        p.status = ParticipantStatus::Present;
        d.participants << p;
    }
    return d;
}

QStringList keysOf(const QList<Workshop> &workshops)
{
    QStringList out;
    for (const Workshop &w : workshops)
        out << w.key;
    return out;
}

} // namespace

void TstPlacements::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".cordee"_s);
    auto db = createForumFile(m_path, smallForum());
    QVERIFY2(db, qPrintable(errorText(db.status())));
    auto doc = ForumDocument::fromDatabase(std::move(db).value());
    QVERIFY2(doc, qPrintable(errorText(doc.status())));
    m_doc = std::move(doc).value();
}

void TstPlacements::cleanup()
{
    m_doc.reset();
}

std::unique_ptr<ForumDocument> TstPlacements::reopen()
{
    auto doc = ForumDocument::open(m_path);
    if (!doc)
        qWarning() << errorText(doc.status());
    return doc ? std::move(doc).value() : nullptr;
}

void TstPlacements::form()
{
    FormOptions options;
    options.timeLimitSeconds = 2;
    const auto plan = computeFormation(m_doc->snapshot(), options);
    QVERIFY2(plan, qPrintable(errorText(plan.status())));
    m_doc->undoStack()->push(new ReplaceSlotPlansCommand(m_doc.get(), plan->slotKeys, plan->workshops,
                                                         plan->placements, u"Form workshops"_s));
}

void TstPlacements::formationRunIsUndoable()
{
    QVERIFY(m_doc->workshops().isEmpty());
    form();
    QCOMPARE(m_doc->workshops().size(), 6); // 12 people, 3 to 5 a workshop, 3 rooms: 3 per slot
    QCOMPARE(m_doc->assignments().size(), 24);
    QVERIFY(checkSnapshot(m_doc->snapshot()).hardViolations == 0);
    const QStringList formed = keysOf(m_doc->workshops());
    {
        const auto again = reopen();
        QVERIFY(again);
        QCOMPARE(keysOf(again->workshops()), formed);
        QCOMPARE(again->assignments(), m_doc->assignments());
    }
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->workshops().isEmpty());
    QVERIFY(m_doc->assignments().isEmpty());
    QVERIFY(reopen()->assignments().isEmpty());
    m_doc->undoStack()->redo();
    QCOMPARE(keysOf(m_doc->workshops()), formed);
    QCOMPARE(reopen()->assignments().size(), 24);
}

void TstPlacements::moveAndPinAreUndoableAndPersisted()
{
    form();
    const AssignmentRow first = m_doc->assignments().constFirst();
    QString other;
    for (const Workshop &w : m_doc->workshops())
        if (w.slot == first.slot && w.key != first.workshop)
            other = w.key;
    QVERIFY(!other.isEmpty());
    QSignalSpy changed(m_doc.get(), &ForumDocument::placementsChanged);
    m_doc->undoStack()->push(
        new MovePlacementCommand(m_doc.get(), first.participantId, first.slot, Placement{other, true}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(placementOf(*m_doc, first.participantId, first.slot), (Placement{other, true}));
    QCOMPARE(placementOf(*reopen(), first.participantId, first.slot), (Placement{other, true}));
    QVERIFY(m_doc->undoStack()->undoText().contains(u"Move"_s));

    m_doc->undoStack()->undo();
    QCOMPARE(placementOf(*m_doc, first.participantId, first.slot), (Placement{first.workshop, false}));
    QCOMPARE(placementOf(*reopen(), first.participantId, first.slot), (Placement{first.workshop, false}));

    // Out of the slot, then back.
    m_doc->undoStack()->push(
        new MovePlacementCommand(m_doc.get(), first.participantId, first.slot, Placement{}));
    QCOMPARE(placementOf(*reopen(), first.participantId, first.slot), Placement{});
    m_doc->undoStack()->undo();
    QCOMPARE(placementOf(*reopen(), first.participantId, first.slot).workshop, first.workshop);

    // A move to a workshop of another slot is refused and leaves nothing on the stack.
    QString elsewhere;
    for (const Workshop &w : m_doc->workshops())
        if (w.slot != first.slot)
            elsewhere = w.key;
    QSignalSpy failed(m_doc.get(), &ForumDocument::storageFailed);
    const int before = m_doc->undoStack()->index();
    m_doc->undoStack()->push(
        new MovePlacementCommand(m_doc.get(), first.participantId, first.slot, Placement{elsewhere, true}));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_doc->undoStack()->index(), before);
    QCOMPARE(m_doc->undoStack()->count(), before);
    QCOMPARE(placementOf(*reopen(), first.participantId, first.slot).workshop, first.workshop);
}

void TstPlacements::eachMoveIsOneStep()
{
    form();
    const AssignmentRow first = m_doc->assignments().constFirst();
    const QString name =
        m_doc->participants().at(m_doc->indexOfParticipant(first.participantId)).displayName();
    const int before = m_doc->undoStack()->count();
    m_doc->undoStack()->push(new MovePlacementCommand(m_doc.get(), first.participantId, first.slot,
                                                      Placement{first.workshop, true}));
    QCOMPARE(m_doc->undoStack()->undoText(), u"Pin %1"_s.arg(name));
    m_doc->undoStack()->push(
        new MovePlacementCommand(m_doc.get(), first.participantId, first.slot, Placement{}));
    QCOMPARE(m_doc->undoStack()->undoText(), u"Take %1 out of the workshop"_s.arg(name));
    QCOMPARE(m_doc->undoStack()->count(), before + 2);
    m_doc->undoStack()->undo();
    QCOMPARE(placementOf(*m_doc, first.participantId, first.slot), (Placement{first.workshop, true}));
    m_doc->undoStack()->undo();
    QCOMPARE(placementOf(*m_doc, first.participantId, first.slot), (Placement{first.workshop, false}));
}

void TstPlacements::boardShowsCardsBalanceAndBreaks()
{
    form();
    const QString slot = u"W1"_s;
    SlotBoard board = buildSlotBoard(m_doc->snapshot(), buildFormationModel(m_doc->snapshot()), slot);
    QCOMPARE(board.cards.size(), 3);
    QCOMPARE(board.attending, 12);
    QVERIFY(board.unplaced.isEmpty());
    int members = 0;
    for (const BoardCard &card : std::as_const(board.cards)) {
        members += int(card.members.size());
        QVERIFY(card.problems.isEmpty());
        QCOMPARE(card.upperBound, 5);
        QVERIFY(card.countries >= 2);
        QCOMPARE(card.women + card.men, int(card.members.size()));
        QVERIFY(!card.themeTitle.isEmpty());
        QCOMPARE(card.roomName.startsWith(u"Salle"_s), true);
    }
    QCOMPARE(members, 12);

    // Take three people out of one workshop: it falls under the minimum, and they wait in the tray.
    const BoardCard card = board.cards.constFirst();
    for (int i = 0; i < card.members.size() - 1; ++i)
        m_doc->undoStack()->push(
            new MovePlacementCommand(m_doc.get(), card.members.at(i).participantId, slot, {}));
    board = buildSlotBoard(m_doc->snapshot(), buildFormationModel(m_doc->snapshot()), slot);
    QCOMPARE(board.unplaced.size(), card.members.size() - 1);
    QCOMPARE(board.cards.constFirst().members.size(), 1);
    QCOMPARE(board.cards.constFirst().problems.size(), 1);
    QVERIFY2(board.cards.constFirst().problems.constFirst().contains(u"fewer than the minimum of 3"_s),
             qPrintable(board.cards.constFirst().problems.constFirst()));
    const auto card2 = checkSnapshot(m_doc->snapshot());
    QVERIFY(card2.hardViolations > 0);
    QVERIFY2(card2.violations.join(u'\n').contains(board.unplaced.constFirst().name),
             qPrintable(card2.violations.join(u'\n')));
}

void TstPlacements::explanationNamesRankAndCompanions()
{
    form();
    // P00 and P01 share an organisation; put them together by hand and ask why P00 is there.
    const qint64 p0 = m_doc->participants().at(0).id, p1 = m_doc->participants().at(1).id;
    const QString slot = u"W2"_s;
    const Placement where = placementOf(*m_doc, p0, slot);
    m_doc->undoStack()->push(
        new MovePlacementCommand(m_doc.get(), p1, slot, Placement{where.workshop, true}));
    const PlacementExplanation why =
        explainPlacement(m_doc->snapshot(), buildFormationModel(m_doc->snapshot()), p0, slot);
    QCOMPARE(why.workshop, where.workshop);
    QVERIFY(why.attends);
    QCOMPARE(why.preferences, (QStringList{u"Finance"_s, u"Impact"_s}));
    QCOMPARE(why.rank, why.themeTitle == u"Finance"_s ? 1 : 2);
    QVERIFY(why.sameOrganisation.contains(m_doc->participants().at(1).displayName()));
    QCOMPARE(why.earlierThemes.size(), 1); // they had a workshop in W1
    QVERIFY(!explainPlacement(m_doc->snapshot(), buildFormationModel(m_doc->snapshot()), p0, u"W1"_s)
                 .workshop.isEmpty());
}

void TstPlacements::weightsChangeObjective()
{
    form();
    const double before = checkSnapshot(m_doc->snapshot()).objective;
    ForumInfo info = m_doc->info();
    formation::Weights weights = weightsFrom(info.formationWeights);
    for (const WeightSpec &spec : weightSpecs())
        setWeightValue(weights, spec, weightValue(weights, spec) * 3);
    info.formationWeights = overridesFrom(weights);
    QCOMPARE(info.formationWeights.size(), weightSpecs().size() - 1); // 0 × 3 stays the default
    QVERIFY(m_doc->setInfo(info));
    const double after = checkSnapshot(m_doc->snapshot()).objective;
    QVERIFY2(qFuzzyCompare(after, 3 * before), qPrintable(u"%1 then %2"_s.arg(before).arg(after)));
    QCOMPARE(reopen()->info().formationWeights, info.formationWeights);
}

QTEST_MAIN(TstPlacements)
#include "tst_placements.moc"
