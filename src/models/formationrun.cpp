// formWorkshops() and checkForum(): the formation engine run on a forum file (declared in formationbridge.h).

#include "demandplanner.h"
#include "formationbridge.h"
#include "solver.h"
#include "validation.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cordee {

namespace {

// The translation context of this file's messages.
struct Formation
{
    Q_DECLARE_TR_FUNCTIONS(Formation)
};

bool overlaps(const TimeSlot &a, const TimeSlot &b)
{
    return a.date == b.date && a.start < b.end && b.start < a.end;
}

/// The workshop slots to form, in time order: those named (each must be a workshop slot), or all.
Result<QStringList> targetSlots(const ForumSnapshot &forum, const QStringList &wanted)
{
    QStringList all;
    for (const TimeSlot &s : forum.timeSlots)
        if (s.kind == SlotKind::Workshops)
            all << s.key;
    if (all.isEmpty())
        return Error{Formation::tr("The forum's programme has no workshop slot: add one before forming "
                                   "workshops."),
                     {}};
    for (const QString &key : wanted)
        if (!all.contains(key))
            return Error{
                Formation::tr("The forum has no workshop slot called \"%1\"; its workshop slots are %2.")
                    .arg(key, all.join(QStringLiteral(", "))),
                {}};
    if (wanted.isEmpty())
        return all;
    QStringList out;
    for (const QString &key : std::as_const(all))
        if (wanted.contains(key))
            out << key;
    return out;
}

/// Rooms free in `slot`: not the room of a plenary item, nor of a workshop of another slot, at that time.
std::vector<int> freeRooms(const ForumSnapshot &forum, const TimeSlot &slot)
{
    QSet<QString> taken;
    QHash<QString, const TimeSlot *> byKey;
    for (const TimeSlot &s : forum.timeSlots) {
        byKey.insert(s.key, &s);
        if (s.kind != SlotKind::Workshops && !s.room.isEmpty() && overlaps(s, slot))
            taken.insert(s.room);
    }
    for (const Workshop &w : forum.workshops)
        if (const TimeSlot *s = byKey.value(w.slot); s && w.slot != slot.key && overlaps(*s, slot))
            taken.insert(w.room);
    std::vector<int> out;
    for (int r = 0; r < forum.rooms.size(); ++r)
        if (!taken.contains(forum.rooms.at(r).key))
            out.push_back(r);
    return out;
}

/// "D1-W1-T2-fr-1", or "W1-01" when that would not be a valid key; never a key already taken.
QString workshopKey(const Workshop &w, int slotNumber, int sequence, QHash<QString, int> &counts,
                    QSet<QString> &taken)
{
    QString prefix = w.slot + u'-' + w.theme;
    if (!w.language.isEmpty())
        prefix += u'-' + w.language;
    for (int n = ++counts[prefix];; n = ++counts[prefix]) {
        const QString key = prefix + u'-' + QString::number(n);
        if (!isValidKey(key))
            break;
        if (!taken.contains(key)) {
            taken.insert(key);
            return key;
        }
    }
    for (int n = sequence;; ++n) {
        const QString key = QStringLiteral("W%1-%2").arg(slotNumber).arg(n, 2, 10, QChar(u'0'));
        if (!taken.contains(key)) {
            taken.insert(key);
            return key;
        }
    }
}

/// Workshops for the target slots that have none, from the people's demand and the free rooms. Slots are
/// planned one after the other, so that two slots at the same time never get the same room.
QList<Workshop> planMissingWorkshops(ForumSnapshot forum, const FormationModel &model,
                                     const QStringList &targets)
{
    QSet<QString> withWorkshops, taken;
    for (const Workshop &w : std::as_const(forum.workshops)) {
        withWorkshops.insert(w.slot);
        taken.insert(w.key);
    }
    formation::PlanningInput input;
    input.freeRooms.resize(size_t(model.slotKeys.size()));
    for (const QString &code : std::as_const(forum.info.languages))
        if (const int id = int(model.languageCodes.indexOf(code)); id >= 0)
            input.languages.push_back(id);
    for (const Room &r : std::as_const(forum.rooms))
        input.roomCapacities.push_back(r.capacity);

    QList<Workshop> out;
    QHash<QString, int> counts;
    for (const TimeSlot &s : std::as_const(forum.timeSlots)) {
        const int index = model.slotIndex(s.key);
        if (index < 0 || !targets.contains(s.key) || withWorkshops.contains(s.key))
            continue;
        input.slotsToPlan = {index};
        input.freeRooms[size_t(index)] = freeRooms(forum, s);
        const qsizetype firstOfSlot = out.size();
        int sequence = 0;
        for (const formation::PlannedWorkshop &p : formation::planFromDemand(model.problem, input)) {
            Workshop w;
            w.slot = s.key;
            w.theme = model.themeKeys.at(p.theme);
            w.language = p.language >= 0 ? model.languageCodes.at(p.language) : QString();
            w.room = forum.rooms.at(p.room).key;
            w.key = workshopKey(w, index + 1, ++sequence, counts, taken);
            out << w;
        }
        forum.workshops += out.mid(firstOfSlot);
    }
    return out;
}

/// The problem a run solves: the target slots open; every other slot held as it is stored (its placements
/// pinned, nobody else attending, its empty workshops left out).
FormationModel runModel(ForumSnapshot forum, const QStringList &targets)
{
    QSet<QString> fixedSlots, used;
    QSet<qint64> counted;
    for (const TimeSlot &s : std::as_const(forum.timeSlots))
        if (s.kind == SlotKind::Workshops && !targets.contains(s.key))
            fixedSlots.insert(s.key);
    for (const Participant &p : std::as_const(forum.participants))
        if (p.isCounted() && !p.erased)
            counted.insert(p.id);
    for (AssignmentRow &row : forum.assignments) {
        if (counted.contains(row.participantId))
            used.insert(row.workshop);
        row.pinned = row.pinned || fixedSlots.contains(row.slot);
    }
    forum.workshops.removeIf(
        [&](const Workshop &w) { return fixedSlots.contains(w.slot) && !used.contains(w.key); });
    FormationModel model = buildFormationModel(forum);
    QSet<std::pair<int, int>> placed; // (person, slot) held by a pin
    for (const formation::Pin &pin : model.problem.pins)
        placed.insert({pin.person, model.problem.workshops[size_t(pin.workshop)].slot});
    for (int s = 0; s < model.slotKeys.size(); ++s)
        if (fixedSlots.contains(model.slotKeys.at(s)))
            for (size_t p = 0; p < model.problem.people.size(); ++p)
                model.problem.people[p].attends[size_t(s)] = placed.contains({int(p), s});
    return model;
}

int placementCount(const formation::Assignment &assignment)
{
    int n = 0;
    for (const std::vector<int> &row : assignment.workshopOf)
        n += int(std::count_if(row.cbegin(), row.cend(), [](int w) { return w >= 0; }));
    return n;
}

int workshopCount(const ForumSnapshot &forum)
{
    QSet<QString> workshopSlots;
    for (const TimeSlot &s : forum.timeSlots)
        if (s.kind == SlotKind::Workshops)
            workshopSlots.insert(s.key);
    return int(std::count_if(forum.workshops.cbegin(), forum.workshops.cend(),
                             [&](const Workshop &w) { return workshopSlots.contains(w.slot); }));
}

Status writeRun(ForumDatabase &db, QList<Workshop> &planned, const QStringList &targets,
                const QList<AssignmentRow> &rows)
{
    WriteTransaction tx(db.connection());
    if (Status s = tx.begin(Formation::tr("forming the workshops")); !s)
        return s;
    AssignmentRepository assignments(db.connection());
    if (Status s = assignments.insertWorkshops(planned); !s)
        return s;
    if (Status s = assignments.replaceSlots(targets, rows); !s)
        return s;
    return tx.commit();
}

} // namespace

QList<Workshop> planWorkshopsFromDemand(ForumSnapshot forum, const QStringList &slotKeys)
{
    forum.workshops.removeIf([&](const Workshop &w) { return slotKeys.contains(w.slot); });
    const QSet<QString> emptied(slotKeys.cbegin(), slotKeys.cend());
    forum.assignments.removeIf([&](const AssignmentRow &a) { return emptied.contains(a.slot); });
    return planMissingWorkshops(forum, buildFormationModel(forum), slotKeys);
}

Result<FormationPlan> computeFormation(ForumSnapshot forum, const FormOptions &options)
{
    const auto targets = targetSlots(forum, options.slotKeys);
    if (!targets)
        return targets.status();
    FormationPlan plan;
    plan.slotKeys = *targets;
    plan.planned = planMissingWorkshops(forum, buildFormationModel(forum), *targets);
    forum.workshops += plan.planned;

    const FormationModel model = runModel(forum, *targets);
    formation::SolveOptions solveOptions;
    solveOptions.seed = options.seed;
    solveOptions.timeLimitSeconds = options.timeLimitSeconds;
    solveOptions.progress = options.progress;
    solveOptions.cancel = options.cancel;
    if (options.fromCurrentPlan)
        solveOptions.start = assignmentFromRows(model, forum.assignments);
    const auto assignment = formation::solve(model.problem, solveOptions);
    if (!assignment)
        return assignment.status();
    // A plan cut short (cancelled, out of time) may still break a rule: then nothing is written.
    if (const QStringList broken = formation::hardViolations(model.problem, *assignment); !broken.isEmpty())
        return Error{Formation::tr("No plan holding every rule was found: %1").arg(broken.constFirst()),
                     broken.size() > 1 ? Formation::tr("%n rule(s) broken", nullptr, int(broken.size()))
                                       : QString()};

    std::vector<int> formed;
    for (const QString &key : *targets)
        formed.push_back(model.slotIndex(key));
    plan.placements = rowsFromAssignment(model, *assignment, formed);
    for (const Workshop &w : std::as_const(forum.workshops))
        if (targets->contains(w.slot))
            plan.workshops << w;
    return plan;
}

Status formWorkshops(ForumDatabase &db, const FormOptions &options, formation::Scorecard *out,
                     FormationSummary *summary)
{
    auto forum = loadForumSnapshot(db);
    if (!forum)
        return forum.status();
    auto computed = computeFormation(std::move(forum).value(), options);
    if (!computed)
        return computed.status();
    FormationPlan plan = std::move(computed).value();
    if (Status s = writeRun(db, plan.planned, plan.slotKeys, plan.placements); !s)
        return s;

    // The scorecard of the whole forum as it now stands, read back the way check reads it.
    auto card = checkForum(db, summary);
    if (!card)
        return card.status();
    if (out)
        *out = *card;
    if (summary) {
        summary->plannedWorkshops = int(plan.planned.size());
        summary->formedSlots = plan.slotKeys;
    }
    return {};
}

formation::Scorecard checkSnapshot(const ForumSnapshot &forum, FormationSummary *summary)
{
    return checkSnapshot(forum, buildFormationModel(forum), summary);
}

formation::Scorecard checkSnapshot(const ForumSnapshot &forum, const FormationModel &model,
                                   FormationSummary *summary)
{
    const formation::Assignment assignment = assignmentFromRows(model, forum.assignments);
    if (summary) {
        *summary = FormationSummary{};
        summary->workshops = workshopCount(forum);
        summary->placements = placementCount(assignment);
        summary->interpreted = model.interpreted;
    }
    return formation::scorecard(model.problem, assignment);
}

Result<formation::Scorecard> checkForum(ForumDatabase &db, FormationSummary *summary)
{
    const auto forum = loadForumSnapshot(db);
    if (!forum)
        return forum.error();
    return checkSnapshot(*forum, summary);
}

} // namespace cordee
