#include "demofile.h"

#include "demoforum.h"
#include "formationbridge.h"
#include "forumfile.h"

#include <QFile>

namespace cordee {

namespace {

constexpr std::uint64_t DemoSeed = 2026;
// The solver stops after a fixed number of moves; a limit this far away never cuts it short, so the demo is
// the same plan on every machine (about a second in a release build).
constexpr double DemoTimeLimitSeconds = 120;

} // namespace

Result<std::unique_ptr<ForumDatabase>> createDemoForumFile(const QString &path)
{
    auto db = createForumFile(path, makeDemoForum());
    if (!db)
        return db;
    FormOptions options;
    options.seed = DemoSeed;
    options.timeLimitSeconds = DemoTimeLimitSeconds;
    if (Status s = formWorkshops(*db.value(), options, nullptr); !s) {
        db.value().reset();
        ForumDatabase::removeFiles(path);
        return s.error();
    }
    return db;
}

} // namespace cordee
