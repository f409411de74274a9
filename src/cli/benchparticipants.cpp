#include "benchmark.h"

#include "clioutput.h"
#include "forumdocument.h"
#include "forumfile.h"
#include "participantfilter.h"
#include "participanttablemodel.h"
#include "syntheticforum.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <memory>

namespace cordee::cli {

namespace {

constexpr double OpenGoalMs = 500;
constexpr double KeystrokeGoalMs = 30;

/// The participants page without its widgets: the document, its table model and the sorted filter on top.
/// Members are destroyed in reverse order: the filter and the model let go of the document first.
struct ParticipantsView
{
    std::unique_ptr<ForumDocument> document;
    ParticipantTableModel model;
    ParticipantFilter filter;
};

Result<std::unique_ptr<ParticipantsView>> openView(const QString &path)
{
    auto document = ForumDocument::open(path);
    if (!document)
        return document.error();
    auto view = std::make_unique<ParticipantsView>();
    view->document = std::move(document).value();
    view->model.setDocument(view->document.get());
    view->filter.setSourceModel(&view->model);
    // The page opens sorted by last name: that sort is part of what people wait for.
    view->filter.sort(ParticipantTableModel::LastName, Qt::AscendingOrder);
    return view;
}

Result<Measurement> measureOpen(const QString &path, int runs)
{
    Measurement m{QStringLiteral("open_participants"),
                  Cli::tr("Open the forum and fill the participant table"),
                  OpenGoalMs,
                  {},
                  {}};
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto view = openView(path);
        if (!view)
            return view.error();
        [[maybe_unused]] const int rows = view.value()->filter.rowCount(); // what a view asks first
        m.samplesMs << elapsedMs(timer.nsecsElapsed());
    }
    return m;
}

Result<Measurement> measureKeystrokes(const QString &path, int runs)
{
    Measurement m{QStringLiteral("filter_keystroke"),
                  Cli::tr("One keystroke in the participant search field"),
                  KeystrokeGoalMs,
                  {},
                  {}};
    const auto view = openView(path);
    if (!view)
        return view.error();
    ParticipantFilter &filter = view.value()->filter;
    // Typing a first name letter by letter, then clearing the field (which re-sorts every row).
    static constexpr const char *typed[] = {"m", "ma", "mar", "mari", "maria", ""};
    for (int run = 0; run < runs; ++run) {
        for (const char *text : typed) {
            QElapsedTimer timer;
            timer.start();
            filter.setSearchText(QString::fromLatin1(text));
            [[maybe_unused]] const int rows = filter.rowCount();
            m.samplesMs << elapsedMs(timer.nsecsElapsed());
        }
    }
    return m;
}

} // namespace

Result<QList<Measurement>> benchParticipants(const BenchSettings &settings)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{Cli::tr("No temporary folder could be created for the benchmark."), dir.errorString()};
    const QString path = dir.filePath(QStringLiteral("participants.cordee"));
    {
        // Not timed: the forum is written once, then opened as many times as there are runs.
        const auto db = createForumFile(path, makeSyntheticForum(settings.participants, settings.seed));
        if (!db)
            return db.error();
    }
    const Result<Measurement> open = measureOpen(path, settings.runs);
    if (!open)
        return open.error();
    const Result<Measurement> keystroke = measureKeystrokes(path, settings.runs);
    if (!keystroke)
        return keystroke.error();
    return QList<Measurement>{*open, *keystroke};
}

} // namespace cordee::cli
