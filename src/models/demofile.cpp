#include "demofile.h"

#include "assignmentrepository.h"
#include "demoforum.h"
#include "demoproposals.h"
#include "formationbridge.h"
#include "forumfile.h"
#include "forumrepository.h"
#include "participantrepository.h"
#include "proposalrepository.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QFile>

namespace cordee {

namespace {

constexpr std::uint64_t DemoSeed = 2026;
// The solver stops after a fixed number of moves; a limit this far away never cuts it short, so the demo is
// the same plan on every machine (about a second in a release build).
constexpr double DemoTimeLimitSeconds = 120;

// The translation context of this file's messages (lupdate reads Demo::tr the same way).
struct Demo
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

/// Each workshop's rapporteur: a member with the rapporteur's role, else its first member.
Result<QHash<QString, qint64>> rapporteursOf(ForumDatabase &db)
{
    const auto people = ParticipantRepository(db.connection()).loadAll();
    if (!people)
        return people.error();
    QSet<qint64> rapporteurs;
    for (const Participant &p : *people)
        if (p.roles.has(Role::Rapporteur))
            rapporteurs.insert(p.id);
    const auto placements = AssignmentRepository(db.connection()).loadAll();
    if (!placements)
        return placements.error();
    QHash<QString, qint64> out;
    for (const AssignmentRow &a : *placements)
        if (!out.contains(a.workshop) ||
            (rapporteurs.contains(a.participantId) && !rapporteurs.contains(out.value(a.workshop))))
            out.insert(a.workshop, a.participantId);
    return out;
}

/// Writes the demo's proposals (makeDemoProposals()) for the workshops the formation made.
Status addDemoProposals(ForumDatabase &db)
{
    const auto workshops = ForumRepository(db.connection()).loadWorkshops();
    if (!workshops)
        return workshops.status();
    const auto rapporteurs = rapporteursOf(db);
    if (!rapporteurs)
        return rapporteurs.status();
    ProposalSet set = makeDemoProposals(*workshops, *rapporteurs);
    WriteTransaction transaction(db.connection());
    if (Status s = transaction.begin(Demo::tr("writing the demo's proposals")); !s)
        return s;
    ProposalRepository repository(db.connection());
    if (Status s = repository.insert(set.proposals); !s)
        return s;
    if (Status s = repository.addLineage(set.lineage); !s)
        return s;
    return transaction.commit();
}

} // namespace

Result<std::unique_ptr<ForumDatabase>> createDemoForumFile(const QString &path)
{
    auto db = createForumFile(path, makeDemoForum());
    if (!db)
        return db;
    FormOptions options;
    options.seed = DemoSeed;
    options.timeLimitSeconds = DemoTimeLimitSeconds;
    Status s = formWorkshops(*db.value(), options, nullptr);
    if (s)
        s = addDemoProposals(*db.value());
    if (!s) {
        db.value().reset();
        ForumDatabase::removeFiles(path);
        return s.error();
    }
    return db;
}

} // namespace cordee
