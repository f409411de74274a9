#include "guidewindow.h"

#include "icons.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace cordee {

GuideWindow::GuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("guideWindow"));
    setWindowTitle(tr("Cordée User Guide"));
    setWindowIcon(themedIcon(QStringLiteral("help-contents")));

    m_contents = new QListWidget(this);
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setMinimumWidth(170);
    m_contents->setMaximumWidth(220);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *back = toolbar->addAction(themedIcon(QStringLiteral("go-previous")), tr("Back"), m_browser,
                                       &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(tr("Go back to the section read before (Alt+Left)"));
    back->setEnabled(false);
    QAction *forward = toolbar->addAction(themedIcon(QStringLiteral("go-next")), tr("Forward"), m_browser,
                                          &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setToolTip(tr("Go forward again (Alt+Right)"));
    forward->setEnabled(false);
    QAction *home = toolbar->addAction(themedIcon(QStringLiteral("go-home")), tr("Contents"), this,
                                       [this] { m_browser->setSource(m_home); });
    home->setToolTip(tr("Back to the top of the guide"));
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    m_home = guideUrl();
    m_browser->setSource(m_home);
    fillContents();
    connect(m_contents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showSection(item->data(Qt::UserRole).toString()); });
    connect(m_contents, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showSection(item->data(Qt::UserRole).toString()); });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &GuideWindow::syncContents);
    // Esc closes the guide like a dialog; it stays one key (F1) away.
    auto *close = new QAction(this);
    close->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Close});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    resize(1000, 720);
}

QString GuideWindow::languageCode(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::French:
        return QStringLiteral("fr");
    case QLocale::Spanish:
        return QStringLiteral("es");
    default:
        return QStringLiteral("en");
    }
}

QUrl GuideWindow::guideUrl(const QLocale &locale)
{
    const QString name = QStringLiteral("/guide/guide.%1.html").arg(languageCode(locale));
    if (QFile::exists(u':' + name))
        return QUrl(QStringLiteral("qrc:") + name);
    return QUrl(QStringLiteral("qrc:/guide/guide.en.html"));
}

void GuideWindow::showSection(const QString &anchor)
{
    QUrl url = m_home;
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    if (m_browser->source() == url && !anchor.isEmpty())
        m_browser->scrollToAnchor(anchor); // the reader may have scrolled away since
    else
        m_browser->setSource(url);
}

// The contents list is read from the guide itself: each second-level heading with its anchor, so the three
// languages need nothing here.
void GuideWindow::fillContents()
{
    m_contents->clear();
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        QString anchor;
        for (auto it = block.begin(); !it.atEnd() && anchor.isEmpty(); ++it)
            if (const QStringList names = it.fragment().charFormat().anchorNames(); !names.isEmpty())
                anchor = names.constFirst();
        if (anchor.isEmpty())
            continue;
        auto *item = new QListWidgetItem(block.text().trimmed(), m_contents);
        item->setData(Qt::UserRole, anchor);
    }
}

void GuideWindow::syncContents(const QUrl &url)
{
    const QString anchor = url.fragment();
    for (int i = 0; i < m_contents->count(); ++i)
        if (m_contents->item(i)->data(Qt::UserRole).toString() == anchor) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentRow(i);
        }
}

} // namespace cordee
