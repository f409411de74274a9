#pragma once

#include "result.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTemporaryDir;
class QToolBar;

namespace cordee {

class ForumDocument;
class GuideWindow;
class Page;
class RecentFiles;

/// The main window: a sidebar of pages, the current page, a details panel, menus, the page's toolbar and a
/// status bar. It hosts pages and file actions; it computes nothing and knows no SQL.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a forum file; on failure says why and keeps the current forum.
    bool openFile(const QString &path);
    /// Opens a fresh temporary copy of the demo forum.
    bool openDemo();
    ForumDocument *document() const { return m_document.get(); }
    void showPage(const QString &objectName);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void addPage(Page *page);
    void setDocument(std::unique_ptr<ForumDocument> document);
    void newForum();
    void openDialog();
    void saveCopy();
    void printDocuments();
    void closeForum();
    void editSettings();
    void about();
    void showGuide();
    void currentPageChanged(int index);
    void updateTitleAndStatus();
    void showError(const QString &title, const Error &error);

    std::unique_ptr<ForumDocument> m_document;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    RecentFiles *m_recent = nullptr;
    GuideWindow *m_guide = nullptr;
    QList<Page *> m_pages;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QDockWidget *m_details = nullptr;
    QToolBar *m_toolbar = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_saved = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_close = nullptr;
    QAction *m_print = nullptr;
    QAction *m_settings = nullptr;
    QList<QAction *> m_pageEditActions;
};

} // namespace cordee
