#include "newforum.h"

#include "clioutput.h"
#include "forumfile.h"
#include "forumjson.h"
#include "validation.h"

#include <QFile>
#include <QFileInfo>

namespace cordee::cli {

namespace {

void printProblems(const QString &prefix, const QList<FieldProblem> &problems)
{
    for (const FieldProblem &p : problems) {
        const QString where = p.field.isEmpty() ? prefix : prefix + QStringLiteral(": ") + p.field;
        printErr(where + QStringLiteral(": ") + p.message);
    }
}

} // namespace

int createForum(const QString &path, const ForumData &data)
{
    // Checked before anything else so that a typo in the name never overwrites a forum.
    if (QFileInfo::exists(path))
        return failUnusable(
            Cli::tr("“%1” already exists; choose another name, a forum is never overwritten.").arg(path));
    const QList<FieldProblem> problems = validateForumData(data);
    if (!problems.isEmpty()) {
        printProblems(QCoreApplication::applicationName(), problems);
        return ExitUnusable;
    }
    auto db = createForumFile(path, data);
    if (!db)
        return failUnusable(db.error());
    printOut(Cli::tr("Created %1: \"%2\"").arg(path, data.info.title));
    return ExitSuccess;
}

std::optional<ForumData> readForumDescription(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        printErr(path + QStringLiteral(": ") +
                 (QFileInfo::exists(path) ? Cli::tr("not a file") : Cli::tr("no such file")));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        printErr(path + QStringLiteral(": ") + Cli::tr("cannot be read (%1)").arg(file.errorString()));
        return std::nullopt;
    }
    ForumJsonReader reader;
    std::optional<ForumData> data = reader.read(file.readAll());
    if (!data && reader.problems().isEmpty())
        printErr(path + QStringLiteral(": ") + Cli::tr("not a usable forum description"));
    else if (!data)
        printProblems(path, reader.problems());
    return data;
}

} // namespace cordee::cli
