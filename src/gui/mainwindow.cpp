#include "mainwindow.h"

#include "dashboard/dashboardpage.h"
#include "demofile.h"
#include "forum/forumpage.h"
#include "forum/forumsettingsdialog.h"
#include "forumdocument.h"
#include "forumfile.h"
#include "help/aboutdialog.h"
#include "help/guidewindow.h"
#include "icons.h"
#include "page.h"
#include "participantcommands.h"
#include "participants/participantspage.h"
#include "print/printdocumentsdialog.h"
#include "programme/programmepage.h"
#include "proposals/proposalspage.h"
#include "recentfiles.h"
#include "synthesis/synthesispage.h"
#include "uilanguage.h"
#include "workshops/workshopspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>

#include <algorithm>

namespace cordee {

namespace {
const char *const kFileFilter = QT_TRANSLATE_NOOP("cordee::MainWindow", "Cordée forums (*.cordee)");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("pageList"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setMaximumWidth(190);
    m_sidebar->setMinimumWidth(140);
    m_stack = new QStackedWidget(this);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({160, 1100});
    setCentralWidget(splitter);

    m_details = new QDockWidget(tr("Details"), this);
    m_details->setObjectName(QStringLiteral("detailsDock"));
    m_details->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_details->setMinimumWidth(260);
    addDockWidget(Qt::RightDockWidgetArea, m_details);

    m_toolbar = addToolBar(tr("Page Actions"));
    m_toolbar->setObjectName(QStringLiteral("pageToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setMovable(false);

    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("figuresLabel"));
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedLabel"));
    statusBar()->addWidget(m_figures, 1);
    statusBar()->addPermanentWidget(m_saved);

    createActions();
    auto *forumPage = new ForumPage(this);
    forumPage->setSettingsAction(m_settings);
    addPage(forumPage);
    addPage(new ParticipantsPage(this));
    addPage(new ProgrammePage(this));
    addPage(new WorkshopsPage(this));
    addPage(new ProposalsPage(this));
    addPage(new SynthesisPage(this));
    addPage(new DashboardPage(this));
    // As wide as its longest title, whatever the page beside it asks for (the splitter would squeeze it).
    int widest = 0;
    for (Page *page : std::as_const(m_pages))
        widest = std::max(widest, m_sidebar->fontMetrics().horizontalAdvance(page->title()));
    m_sidebar->setMinimumWidth(std::clamp(widest + m_sidebar->iconSize().width() + 56, 160, 190));
    createMenus();
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::currentPageChanged);
    m_sidebar->setCurrentRow(0);

    resize(1280, 800);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    // Pages hold pointers into the document: detach them before it goes. The document's undo stack
    // announces its clearing while it is destroyed, after this window's members are gone: stop listening.
    for (Page *page : std::as_const(m_pages))
        page->setDocument(nullptr);
    if (m_document)
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
}

void MainWindow::addPage(Page *page)
{
    m_pages << page;
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_sidebar);
    item->setSizeHint(QSize(0, 36));
    connect(page, &Page::showPageRequested, this, &MainWindow::showPage);
    connect(page, &Page::filterRequested, this,
            [this](const QString &objectName, const QString &facet, const QString &value) {
                for (Page *target : std::as_const(m_pages))
                    if (target->objectName() == objectName)
                        target->applyFilter(facet, value);
                showPage(objectName);
            });
    connect(page, &Page::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 6000); });
}

void MainWindow::createActions()
{
    m_undo = new QAction(themedIcon(QStringLiteral("edit-undo")), tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QAction(themedIcon(QStringLiteral("edit-redo")), tr("&Redo"), this);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts(QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    m_saveCopy = new QAction(themedIcon(QStringLiteral("document-save-as")), tr("Save a &Copy As…"), this);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopy, &QAction::triggered, this, &MainWindow::saveCopy);
    m_print = new QAction(themedIcon(QStringLiteral("document-print")), tr("&Print Documents…"), this);
    m_print->setObjectName(QStringLiteral("printDocumentsAction"));
    m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_print->setToolTip(tr("Attendance sheets, personal programmes, badges or door signs as a PDF"));
    connect(m_print, &QAction::triggered, this, &MainWindow::printDocuments);
    m_close = new QAction(themedIcon(QStringLiteral("document-close")), tr("&Close Forum"), this);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeForum);
    m_settings = new QAction(themedIcon(QStringLiteral("configure")), tr("Forum &Settings…"), this);
    m_settings->setObjectName(QStringLiteral("forumSettingsAction"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_settings, &QAction::triggered, this, &MainWindow::editSettings);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newForum = file->addAction(themedIcon(QStringLiteral("document-new")), tr("&New Forum…"), this,
                                        &MainWindow::newForum);
    newForum->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(themedIcon(QStringLiteral("document-open")), tr("&Open…"), this,
                                    &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    QMenu *recent = file->addMenu(themedIcon(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    m_recent = new RecentFiles(recent, this);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFile);
    QAction *demo = file->addAction(applicationIcon(), tr("Open &Demo Forum"), this, &MainWindow::openDemo);
    demo->setObjectName(QStringLiteral("openDemoAction"));
    file->addSeparator();
    file->addAction(m_saveCopy);
    file->addAction(m_print);
    file->addAction(m_close);
    file->addSeparator();
    QAction *quit =
        file->addAction(themedIcon(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        Page *page = m_pages.at(i);
        QAction *a = m_viewMenu->addAction(page->icon(), page->title());
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_sidebar->setCurrentRow(int(i)); });
    }
    m_viewMenu->addSeparator();
    QAction *details = m_details->toggleViewAction();
    details->setShortcut(QKeySequence(Qt::Key_F9));
    m_viewMenu->addAction(details);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(new LanguageMenu(this));

    QMenu *forum = menuBar()->addMenu(tr("F&orum"));
    forum->addAction(m_settings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(themedIcon(QStringLiteral("help-contents")), tr("&User Guide"), this,
                                     &MainWindow::showGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    help->addSeparator();
    QAction *about = help->addAction(themedIcon(QStringLiteral("help-about")), tr("&About Cordée"), this,
                                     &MainWindow::about);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::currentPageChanged(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    Page *page = m_pages.at(index);
    m_stack->setCurrentWidget(page);
    m_toolbar->clear();
    m_toolbar->addAction(m_undo);
    m_toolbar->addAction(m_redo);
    m_toolbar->addSeparator();
    const QList<QAction *> actions = page->pageActions();
    m_toolbar->addActions(actions);
    if (actions.isEmpty() && page->objectName() == u"forumPage")
        m_toolbar->addAction(m_settings);
    // The Edit menu carries the undo pair and the current page's actions, with their shortcuts.
    m_editMenu->clear();
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    if (!actions.isEmpty())
        m_editMenu->addSeparator();
    m_editMenu->addActions(actions);
    if (const QList<QAction *> menuOnly = page->menuOnlyActions(); !menuOnly.isEmpty()) {
        m_editMenu->addSeparator();
        m_editMenu->addActions(menuOnly);
    }
    if (QWidget *old = m_details->widget(); old && old != page->detailsWidget())
        old->hide();
    m_details->setWidget(page->detailsWidget());
    m_details->setVisible(page->detailsWidget() != nullptr && !m_details->isFloating());
}

void MainWindow::showPage(const QString &objectName)
{
    for (qsizetype i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i)->objectName() == objectName)
            m_sidebar->setCurrentRow(int(i));
}

void MainWindow::setDocument(std::unique_ptr<ForumDocument> document)
{
    for (Page *page : std::as_const(m_pages))
        page->setDocument(nullptr);
    m_document = std::move(document);
    ForumDocument *doc = m_document.get();
    for (Page *page : std::as_const(m_pages))
        page->setDocument(doc);
    m_saveCopy->setEnabled(doc);
    m_close->setEnabled(doc);
    m_print->setEnabled(doc);
    m_settings->setEnabled(doc);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    if (doc) {
        QUndoStack *stack = doc->undoStack();
        connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
        connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
        // The menus name what undo would undo; the toolbar keeps its buttons short and says it in the
        // tooltip.
        connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
            m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
            m_undo->setIconText(tr("Undo"));
            m_undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo %1").arg(text));
        });
        connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
            m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
            m_redo->setIconText(tr("Redo"));
            m_redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo %1").arg(text));
        });
        // Any change that landed (or was undone) means the file holds everything again.
        connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateTitleAndStatus);
        connect(doc, &ForumDocument::participantsChanged, this, &MainWindow::updateTitleAndStatus);
        connect(doc, &ForumDocument::infoChanged, this, &MainWindow::updateTitleAndStatus);
        connect(doc, &ForumDocument::storageFailed, this, [this](const Error &error) {
            m_saved->setText(tr("⚠ The last change could not be saved"));
            showError(tr("Change not saved"), error);
        });
    }
    updateTitleAndStatus();
}

void MainWindow::updateTitleAndStatus()
{
    if (!m_document) {
        setWindowTitle(tr("Cordée"));
        m_figures->setText(tr("No forum open"));
        m_saved->clear();
        return;
    }
    const QString file = m_demoDir && m_document->path().startsWith(m_demoDir->path())
                             ? tr("demo copy")
                             : QFileInfo(m_document->path()).fileName();
    setWindowTitle(tr("Cordée — %1 (%2)").arg(m_document->info().title, file));
    const ForumStats stats = m_document->stats();
    m_figures->setText(tr("%n participant(s)", nullptr, stats.participants) + QStringLiteral(" · ") +
                       tr("%n country(ies)", nullptr, stats.countries()) + QStringLiteral(" · ") +
                       tr("%n continent(s)", nullptr, stats.continents()));
    m_saved->setText(tr("All changes saved"));
}

bool MainWindow::openFile(const QString &path)
{
    auto doc = ForumDocument::open(path);
    if (!doc) {
        showError(tr("Cannot open the forum"), doc.error());
        return false;
    }
    setDocument(std::move(doc).value());
    m_recent->add(path);
    return true;
}

bool MainWindow::openDemo()
{
    auto dir = std::make_unique<QTemporaryDir>();
    const QString path = dir->filePath(QStringLiteral("demo.cordee"));
    auto db = createDemoForumFile(path);
    if (!db) {
        showError(tr("Cannot open the demo forum"), db.error());
        return false;
    }
    auto doc = ForumDocument::fromDatabase(std::move(db).value());
    if (!doc) {
        showError(tr("Cannot open the demo forum"), doc.error());
        return false;
    }
    // The previous demo copy goes once no page shows it any more.
    setDocument(std::move(doc).value());
    m_demoDir = std::move(dir);
    updateTitleAndStatus();
    statusBar()->showMessage(
        tr("This is a temporary copy of the demo forum: use File ▸ Save a Copy As… to keep it."), 10000);
    return true;
}

void MainWindow::newForum()
{
    ForumSettingsDialog settings(this);
    settings.setWindowTitle(tr("New Forum"));
    if (settings.exec() != QDialog::Accepted)
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Create the Forum File"),
        QDir::home().filePath(settings.info().title + QStringLiteral(".cordee")), tr(kFileFilter));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".cordee")))
        path += QStringLiteral(".cordee");
    // The file dialog has asked before overwriting: the old file goes, a new forum takes its place.
    ForumDatabase::removeFiles(path);
    ForumData data;
    data.info = settings.info();
    auto db = createForumFile(path, data);
    if (!db) {
        showError(tr("Cannot create the forum"), db.error());
        return;
    }
    auto doc = ForumDocument::fromDatabase(std::move(db).value());
    if (!doc) {
        showError(tr("Cannot create the forum"), doc.error());
        return;
    }
    setDocument(std::move(doc).value());
    m_recent->add(path);
}

void MainWindow::openDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a Forum"), QDir::homePath(), tr(kFileFilter));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_document)
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save a Copy of the Forum"),
        QDir::home().filePath(m_document->info().title + QStringLiteral(".cordee")), tr(kFileFilter));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".cordee")))
        path += QStringLiteral(".cordee");
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_document->path()).absoluteFilePath()) {
        showError(tr("Cannot save the copy"), Error{tr("A forum cannot be copied onto itself."), {}});
        return;
    }
    if (Status s = m_document->database().backupTo(path); !s) {
        showError(tr("Cannot save the copy"), s.error());
        return;
    }
    statusBar()->showMessage(tr("Copy saved as %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::printDocuments()
{
    if (!m_document)
        return;
    // Programmes and badges can be for the people selected on the Participants page.
    QList<qint64> selected;
    for (Page *page : std::as_const(m_pages))
        if (auto *participants = qobject_cast<ParticipantsPage *>(page))
            selected = participants->selectedIds();
    PrintDocumentsDialog dialog(m_document.get(), selected, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Written: %1").arg(QDir::toNativeSeparators(dialog.request().path)),
                                 8000);
}

void MainWindow::closeForum()
{
    setDocument(nullptr);
    m_demoDir.reset();
}

void MainWindow::editSettings()
{
    if (!m_document)
        return;
    ForumSettingsDialog dialog(this);
    dialog.setInfo(m_document->info());
    if (dialog.exec() == QDialog::Accepted && dialog.info() != m_document->info())
        m_document->undoStack()->push(new EditForumInfoCommand(m_document.get(), dialog.info()));
}

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

// The guide opens at the section of the page the user is on; it stays open beside the window.
void MainWindow::showGuide()
{
    if (!m_guide)
        m_guide = new GuideWindow(this);
    const int row = m_sidebar->currentRow();
    m_guide->showSection(row >= 0 && row < m_pages.size() ? m_pages.at(row)->objectName() : QString());
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showError(const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace cordee
