#pragma once

#include "forum.h"
#include "participant.h"
#include "participantimport.h"
#include "result.h"
#include "texttable.h"

#include <QList>
#include <QWizardPage>

#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTableWidget;
template <typename T>
class QFutureWatcher;

namespace cordee {

/// What the import wizard's pages share: the forum as it is, the file as read, the mapping and the plan.
struct ImportSession
{
    QList<Participant> existing;
    QList<Theme> themes;
    QList<TimeSlot> timeSlots;
    QString path;
    std::optional<TextTable> table;
    int tableVersion = 0; ///< bumped for every table read, so the columns page knows when to guess again
    ColumnMapping mapping;
    ImportPlan plan;
};

/// What a read in the background hands back (QFuture wants a default-constructible value).
struct TableReadOutcome
{
    std::optional<TextTable> table;
    Error error;
};

/// Step 1: choose the file, how to read it, and see its first rows exactly as read.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportSession &session, QWidget *parent = nullptr);
    ~ImportFilePage() override;

    /// Reads `path` with the chosen encoding and delimiter; larger files are read in the background.
    void setFile(const QString &path);
    /// Files larger than this are read in the background with a progress bar (tests lower it).
    void setBackgroundThreshold(qint64 bytes) { m_backgroundThreshold = bytes; }
    bool isReading() const { return m_watcher != nullptr; }
    bool isComplete() const override;

private:
    QWidget *buildFileRow();
    QWidget *buildOptionsRow();
    QWidget *buildProgressRow();
    void browse();
    void read();
    void readInBackground(const ReadOptions &options);
    void cancelReading();
    void setReading(bool reading);
    void showOutcome(const TableReadOutcome &outcome);
    void showError(const Error &error);
    void fillPreview(const TextTable &table);
    ReadOptions readOptions() const;
    bool isTextFile() const;

    ImportSession &m_session;
    qint64 m_backgroundThreshold = 2 * 1024 * 1024;
    QFutureWatcher<TableReadOutcome> *m_watcher = nullptr; ///< the read under way, if any
    QLabel *m_fileName = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_detected = nullptr;
    QLabel *m_error = nullptr;
    QTableWidget *m_preview = nullptr;
};

/// Step 2: which field each column feeds.
class ImportColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportColumnsPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void rebuild();
    QComboBox *makeCombo(int column);
    void fieldChosen(int column);
    void syncCombos();
    void updateHint();

    ImportSession &m_session;
    int m_builtFor = -1; ///< the session's tableVersion the rows show
    QScrollArea *m_scroll = nullptr;
    QWidget *m_rows = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QComboBox *> m_combos;
    QLabel *m_hint = nullptr;
};

/// Step 3: what the import would do, and every problem by row and column, before anything is written.
class ImportReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReviewPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showCounts();
    void fillProblems();

    ImportSession &m_session;
    QLabel *m_counts = nullptr;
    QLabel *m_nothing = nullptr;
    QTableWidget *m_problems = nullptr;
    QLabel *m_noProblems = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace cordee
