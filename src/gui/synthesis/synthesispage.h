#pragma once

#include "declaration.h"
#include "declarationformat.h"
#include "page.h"

#include <QPointer>
#include <QTimer>

#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QPrinter;
class QSplitter;
class QStackedWidget;

namespace cordee {

class DeclarationPages;
class DeclarationPartsView;
class DeclarationPreview;
class ExportHistory;
class ForumDocument;

/// The Synthesis page: the final declaration as the committee finishes it. Its parts on the left (the free
/// texts edited, each keystroke written and undoable; the computed parts read only, saying where they come
/// from), its pages on the right as they will print, rebuilt a moment after each change. The toolbar
/// chooses the language, the paper and the grouping by theme, exports (PDF, ODT, HTML, Markdown) and
/// prints; the details panel lists what was exported.
class SynthesisPage : public Page
{
    Q_OBJECT

public:
    /// How long the preview waits after a change before it is laid out again.
    static constexpr int RebuildDelay = 300; ///< ms

    explicit SynthesisPage(QWidget *parent = nullptr);
    ~SynthesisPage() override;

    QString title() const override { return tr("Synthesis"); }
    QIcon icon() const override;
    void setDocument(ForumDocument *document) override;
    QList<QAction *> pageActions() const override;
    QWidget *detailsWidget() const override;

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    PaperSize paper() const { return m_paper; }
    void setPaper(PaperSize paper);
    void setGroupByTheme(bool group);

    /// The declaration as the preview shows it (after rebuildNow() when a change is pending).
    const Declaration &declaration() const { return m_declaration; }
    bool rebuildPending() const { return m_rebuild.isActive(); }
    DeclarationPartsView *parts() const { return m_parts; }
    DeclarationPreview *preview() const { return m_preview; }
    ExportHistory *history() const { return m_history; }
    /// True when the page shows its empty state (no forum, or no proposal retained).
    bool isEmptyState() const;
    /// The message of the last export or print that failed.
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    /// Lays the declaration out now, without waiting for the delay.
    void rebuildNow();
    /// Asks where (and so in which format) to export, then exports.
    void exportDeclaration();
    /// Writes the declaration to `path` in the format of its extension and records the export. False when
    /// it could not be done (the user has been told why).
    bool exportTo(const QString &path);
    /// Asks for a printer, then prints.
    void printDeclaration();
    /// Prints every page on `printer` as the preview shows them. False when it failed (the user was told).
    bool printOn(QPrinter &printer);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    QMenu *createChoiceMenu(QActionGroup *group, const QList<std::pair<QString, QString>> &choices);
    QWidget *buildEmptyState();
    void scheduleRebuild();
    void refreshHistory();
    void updateChoiceTexts();
    void showError(const QString &title, const QString &text);

    QPointer<ForumDocument> m_document;
    QString m_language = QStringLiteral("en");
    PaperSize m_paper = PaperSize::A4;
    bool m_groupByTheme = false;
    Declaration m_declaration;
    std::shared_ptr<const DeclarationPages> m_pages;
    bool m_dirty = true;
    QTimer m_rebuild;
    QString m_lastError;

    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    DeclarationPartsView *m_parts = nullptr;
    DeclarationPreview *m_preview = nullptr;
    ExportHistory *m_history = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QWidget *m_openProposals = nullptr;
    QAction *m_export = nullptr;
    QAction *m_print = nullptr;
    QAction *m_languageAction = nullptr;
    QAction *m_paperAction = nullptr;
    QAction *m_groupAction = nullptr;
    QAction *m_separator = nullptr;
    QActionGroup *m_languages = nullptr;
    QActionGroup *m_papers = nullptr;
};

} // namespace cordee
