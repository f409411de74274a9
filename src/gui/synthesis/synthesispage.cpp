#include "synthesispage.h"

#include "declarationexport.h"
#include "declarationpages.h"
#include "declarationpartsview.h"
#include "declarationpreview.h"
#include "exporthistory.h"
#include "forumdocument.h"
#include "icons.h"
#include "languagenames.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cordee {

namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString paperName(PaperSize paper)
{
    return paper == PaperSize::Letter ? SynthesisPage::tr("Letter") : SynthesisPage::tr("A4");
}

/// The file name's extension the save dialog's chosen filter stands for.
QString extensionOf(const QString &filter)
{
    const qsizetype star = filter.indexOf(u"*.");
    if (star < 0)
        return {};
    const qsizetype end = filter.indexOf(QRegularExpression(u"[ )]"_s), star);
    return filter.mid(star + 1, end < 0 ? -1 : end - star - 1);
}

} // namespace

SynthesisPage::SynthesisPage(QWidget *parent)
    : Page(parent)
{
    setObjectName(u"synthesisPage"_s);
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(RebuildDelay);
    connect(&m_rebuild, &QTimer::timeout, this, &SynthesisPage::rebuildNow);

    createActions();
    m_parts = new DeclarationPartsView(this);
    m_preview = new DeclarationPreview(this);
    m_history = new ExportHistory(this);
    m_history->hide();
    connect(m_parts, &DeclarationPartsView::showPageRequested, this, &Page::showPageRequested);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"synthesisSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_parts);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_parts->setMinimumWidth(280);
    m_preview->setMinimumWidth(260);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(buildEmptyState());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setDocument(nullptr);
}

SynthesisPage::~SynthesisPage() = default;

QIcon SynthesisPage::icon() const
{
    return themedIcon(u"document-sign"_s);
}

QMenu *SynthesisPage::createChoiceMenu(QActionGroup *group, const QList<std::pair<QString, QString>> &choices)
{
    auto *menu = new QMenu(this);
    group->setExclusive(true);
    for (const auto &[key, text] : choices) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setData(key);
        a->setObjectName(key + u"Choice"_s);
        group->addAction(a);
    }
    return menu;
}

void SynthesisPage::createActions()
{
    m_export = new QAction(themedIcon(u"document-export"_s), tr("E&xport…"), this);
    m_export->setObjectName(u"exportDeclarationAction"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Save the declaration as PDF, OpenDocument, HTML or Markdown; each export is "
                            "kept in the forum's history (Ctrl+E)"));
    connect(m_export, &QAction::triggered, this, &SynthesisPage::exportDeclaration);

    m_print = new QAction(themedIcon(u"document-print"_s), tr("&Print…"), this);
    m_print->setObjectName(u"printDeclarationAction"_s);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the declaration as the preview shows it (Ctrl+P)"));
    connect(m_print, &QAction::triggered, this, &SynthesisPage::printDeclaration);

    m_languages = new QActionGroup(this);
    QList<std::pair<QString, QString>> languages;
    for (const QString &code : DeclarationLanguage::codes())
        languages.emplaceBack(code, capitalised(nativeLanguageName(code)));
    m_languageAction = new QAction(this);
    m_languageAction->setObjectName(u"declarationLanguageAction"_s);
    m_languageAction->setMenu(createChoiceMenu(m_languages, languages));
    m_languageAction->setToolTip(tr("The language the declaration is written in: its fixed sentences and "
                                    "dates, and the free texts you write for it"));
    connect(m_languages, &QActionGroup::triggered, this,
            [this](QAction *a) { setLanguage(a->data().toString()); });

    m_papers = new QActionGroup(this);
    m_paperAction = new QAction(this);
    m_paperAction->setObjectName(u"declarationPaperAction"_s);
    m_paperAction->setMenu(createChoiceMenu(
        m_papers, {{u"a4"_s, paperName(PaperSize::A4)}, {u"letter"_s, paperName(PaperSize::Letter)}}));
    m_paperAction->setToolTip(tr("The paper the declaration is laid out on, for PDF, ODT and printing"));
    connect(m_papers, &QActionGroup::triggered, this, [this](QAction *a) {
        setPaper(declarationformat::paperFromKey(a->data().toString()).value_or(PaperSize::A4));
    });
    // A click on the button itself opens its choices too, not only its arrow.
    for (QAction *chooser : {m_languageAction, m_paperAction})
        connect(chooser, &QAction::triggered, this, [chooser] {
            for (QObject *o : chooser->associatedObjects())
                if (auto *bar = qobject_cast<QToolBar *>(o))
                    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(chooser)))
                        button->showMenu();
        });

    m_groupAction = new QAction(themedIcon(u"view-list-details"_s), tr("&Group by Theme"), this);
    m_groupAction->setObjectName(u"groupByThemeAction"_s);
    m_groupAction->setCheckable(true);
    m_groupAction->setToolTip(tr("Write the proposals under the titles of their themes"));
    connect(m_groupAction, &QAction::toggled, this, &SynthesisPage::setGroupByTheme);

    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    updateChoiceTexts();
}

QWidget *SynthesisPage::buildEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(u"synthesisEmptyState"_s);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setObjectName(u"emptyTitle"_s);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText =
        new QLabel(tr("This page writes the forum's final declaration from its data: the figures, "
                      "the guests, who took part and the retained proposals in the committee's "
                      "order, with your own words around them; then exports it in English, French "
                      "or Spanish and prints it. Retain proposals on the Proposals page (Curate) to "
                      "begin."),
                   empty);
    m_emptyText->setObjectName(u"emptyText"_s);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setMaximumWidth(560);
    auto *open =
        new QPushButton(themedIcon(u"format-list-unordered"_s), tr("Open the Proposals Page"), empty);
    open->setObjectName(u"openProposalsButton"_s);
    m_openProposals = open;
    connect(open, &QPushButton::clicked, this, [this] { Q_EMIT showPageRequested(u"proposalsPage"_s); });
    layout->addWidget(m_emptyTitle);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_emptyText);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addWidget(open, 0, Qt::AlignCenter);
    layout->addStretch(2);
    return empty;
}

QList<QAction *> SynthesisPage::pageActions() const
{
    return {m_export, m_print, m_separator, m_languageAction, m_paperAction, m_groupAction};
}

QWidget *SynthesisPage::detailsWidget() const
{
    return m_history;
}

void SynthesisPage::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        for (auto signal : {&ForumDocument::proposalsChanged, &ForumDocument::participantsChanged,
                            &ForumDocument::infoChanged, &ForumDocument::programmeChanged})
            connect(document, signal, this, &SynthesisPage::scheduleRebuild);
        connect(document, &ForumDocument::declarationChanged, this, &SynthesisPage::scheduleRebuild);
        connect(document, &ForumDocument::exportRecorded, this, &SynthesisPage::refreshHistory);
        m_language = defaultDeclarationLanguage(document->info());
    }
    m_parts->setLanguage(m_language);
    m_parts->setDocument(document);
    for (QAction *a : {m_export, m_print, m_languageAction, m_paperAction, m_groupAction})
        a->setEnabled(document);
    updateChoiceTexts();
    refreshHistory();
    m_dirty = true;
    m_rebuild.stop();
    if (isVisible() || !document)
        rebuildNow();
}

void SynthesisPage::setLanguage(const QString &language)
{
    if (!DeclarationLanguage::isSupported(language) || language == m_language)
        return;
    m_language = language;
    m_parts->setLanguage(language);
    updateChoiceTexts();
    rebuildNow();
}

void SynthesisPage::setPaper(PaperSize paper)
{
    if (paper == m_paper)
        return;
    m_paper = paper;
    updateChoiceTexts();
    rebuildNow();
}

void SynthesisPage::setGroupByTheme(bool group)
{
    if (group == m_groupByTheme)
        return;
    m_groupByTheme = group;
    m_groupAction->setChecked(group);
    rebuildNow();
}

void SynthesisPage::updateChoiceTexts()
{
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == m_language);
    for (QAction *a : m_papers->actions())
        a->setChecked(a->data().toString() == declarationformat::paperKey(m_paper));
    m_languageAction->setText(tr("Language: %1").arg(capitalised(nativeLanguageName(m_language))));
    m_paperAction->setText(tr("Paper: %1").arg(paperName(m_paper)));
}

bool SynthesisPage::isEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

void SynthesisPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_dirty)
        rebuildNow();
}

void SynthesisPage::scheduleRebuild()
{
    m_dirty = true;
    // Typing lands here at every keystroke: the layout waits for a pause. A hidden page waits to be shown.
    if (isVisible())
        m_rebuild.start();
}

void SynthesisPage::rebuildNow()
{
    m_rebuild.stop();
    m_dirty = false;
    if (!m_document) {
        m_declaration = {};
        m_pages.reset();
        m_preview->setPages(nullptr);
        m_stack->setCurrentIndex(1);
        m_emptyTitle->setText(u"<h2>"_s + tr("No forum open") + u"</h2>"_s);
        m_openProposals->setEnabled(false);
        return;
    }
    DeclarationInput input = m_document->declarationInput();
    input.language = m_language;
    input.groupByTheme = m_groupByTheme;
    m_declaration = buildDeclaration(input);
    m_parts->showDeclaration(m_declaration);
    const bool empty = m_declaration.pointCount() == 0;
    m_stack->setCurrentIndex(empty ? 1 : 0);
    m_emptyTitle->setText(u"<h2>"_s + tr("No proposal retained yet") + u"</h2>"_s);
    m_openProposals->setEnabled(true);
    m_export->setEnabled(!empty);
    m_print->setEnabled(!empty);
    m_pages = empty ? nullptr : std::make_shared<const DeclarationPages>(m_declaration, m_paper);
    m_preview->setPages(m_pages);
}

void SynthesisPage::refreshHistory()
{
    if (!m_document) {
        m_history->setRecords({});
        return;
    }
    auto records = m_document->exportRecords();
    m_history->setRecords(records ? records.value() : QList<ExportRecord>{});
}

void SynthesisPage::exportDeclaration()
{
    if (!m_document)
        return;
    // The folder of the last export, else the documents folder: the forum's own may be a demo's temporary
    // one.
    QSettings settings;
    QString folder = settings.value(u"synthesis/exportFolder"_s).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(tr("declaration", "file name") + u"-"_s + m_language + u".pdf"_s);
    QString filter;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export the Declaration"), suggested,
                                     tr("PDF (*.pdf)") + u";;"_s + tr("OpenDocument Text (*.odt)") + u";;"_s +
                                         tr("Web page (*.html)") + u";;"_s + tr("Markdown (*.md)"),
                                     &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += extensionOf(filter);
    settings.setValue(u"synthesis/exportFolder"_s, QFileInfo(path).absolutePath());
    exportTo(path);
}

bool SynthesisPage::exportTo(const QString &path)
{
    if (!m_document)
        return false;
    rebuildNow();
    const auto format = declarationformat::fromPath(path);
    if (!format) {
        showError(tr("Declaration not exported"),
                  tr("Cordée cannot tell the format of “%1” from its extension. Name the file with .pdf, "
                     ".odt, .html or .md.")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = writeDeclaration(m_declaration, *format, m_paper, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        showError(tr("Declaration not exported"),
                  tr("The declaration could not be written to “%1”: %2\n\nChoose a folder you can write "
                     "to, or another file name.")
                      .arg(QDir::toNativeSeparators(path), written.error().fullText()));
        return false;
    }
    ExportRecord record = exportRecordFor(m_declaration, *format, QFileInfo(path).absoluteFilePath());
    if (!m_document->recordExport(record)) {
        // The window has said why the file could not take it; the export itself is there.
        m_lastError = tr("The declaration was written to “%1”, but its export could not be recorded in the "
                         "forum file.")
                          .arg(QDir::toNativeSeparators(path));
        Q_EMIT statusMessage(m_lastError);
        return false;
    }
    Q_EMIT statusMessage(tr("Exported the declaration (%1, %2) to %3")
                             .arg(capitalised(nativeLanguageName(m_language)),
                                  declarationformat::key(*format).toUpper(), QDir::toNativeSeparators(path)));
    return true;
}

void SynthesisPage::printDeclaration()
{
    if (!m_document)
        return;
    rebuildNow();
    if (!m_pages)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageSize(declarationformat::pageSize(m_paper));
    printer.setDocName(m_declaration.title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the Declaration"));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    if (dialog.exec() == QDialog::Accepted)
        printOn(printer);
}

bool SynthesisPage::printOn(QPrinter &printer)
{
    rebuildNow();
    if (!m_pages)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status printed = m_pages->print(printer);
    QApplication::restoreOverrideCursor();
    if (!printed) {
        showError(tr("Declaration not printed"), printed.error().fullText());
        return false;
    }
    const QString where = printer.outputFileName().isEmpty()
                              ? printer.printerName()
                              : QDir::toNativeSeparators(printer.outputFileName());
    Q_EMIT statusMessage(tr("Sent the declaration to %1").arg(where));
    return true;
}

void SynthesisPage::showError(const QString &title, const QString &text)
{
    m_lastError = text;
    // Window-modal and not waited for, so that nothing stops behind it (and tests can close it).
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(u"synthesisError"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace cordee
