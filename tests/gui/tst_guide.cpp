// The help that ships with Cordée: the guide in three languages, one section per page, its pictures; F1 opens
// it at the page the user is on; About names the version; every toolbar action says what it does.
#include "help/aboutdialog.h"
#include "help/guidewindow.h"
#include "mainwindow.h"
#include "page.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QtTest>

using namespace cordee;

namespace {

QString readGuide(const QString &language)
{
    QFile file(QStringLiteral(":/guide/guide.%1.html").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

/// The anchors QTextBrowser can scroll to once it has parsed `html`.
QStringList anchorsOf(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    QStringList anchors;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            anchors << it.fragment().charFormat().anchorNames();
    return anchors;
}

/// The pages of a real main window, in the sidebar's order.
QList<Page *> pagesOf(const MainWindow &window)
{
    QList<Page *> pages;
    const auto *stack = window.findChild<QStackedWidget *>();
    for (int i = 0; stack && i < stack->count(); ++i)
        if (auto *page = qobject_cast<Page *>(stack->widget(i)))
            pages << page;
    return pages;
}

QString plainText(QString text)
{
    text.remove(u'&');
    text.remove(QStringLiteral("…"));
    text.remove(QStringLiteral("..."));
    return text.trimmed();
}

} // namespace

class TestGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void guideHasASectionPerPage_data();
    void guideHasASectionPerPage();
    void everyPictureResolves_data();
    void everyPictureResolves();
    void guideFollowsTheLanguage_data();
    void guideFollowsTheLanguage();
    void f1OpensTheCurrentPagesSection();
    void aboutShowsTheVersion();
    void toolbarActionsHaveTooltips();
};

void TestGuide::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuide::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestGuide::guideHasASectionPerPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("es") << QStringLiteral("es");
}

void TestGuide::guideHasASectionPerPage()
{
    QFETCH(QString, language);
    const QString html = readGuide(language);
    QVERIFY2(!html.isEmpty(), "the guide is not in the resources");
    QVERIFY(html.contains(QStringLiteral("<html lang=\"%1\"").arg(language)));
    const QStringList anchors = anchorsOf(html);
    const MainWindow window;
    const QList<Page *> pages = pagesOf(window);
    QCOMPARE(pages.size(), 7);
    for (const Page *page : pages) {
        QVERIFY(!page->objectName().isEmpty());
        QVERIFY2(anchors.contains(page->objectName()), qPrintable(page->objectName()));
        QVERIFY2(html.contains(QStringLiteral("id=\"%1\"").arg(page->objectName())),
                 qPrintable(page->objectName()));
    }
    for (const char *section : {"journey", "printDocuments", "shortcuts", "cli"})
        QVERIFY2(anchors.contains(QLatin1String(section)), section);
    // Every cordee-cli command has its place.
    for (const char *command :
         {"new", "demo", "stats", "import", "export", "assign", "check", "synthesize", "print", "bench"})
        QVERIFY2(html.contains(QStringLiteral("cordee-cli %1").arg(QLatin1String(command))), command);
}

void TestGuide::everyPictureResolves_data()
{
    guideHasASectionPerPage_data();
}

void TestGuide::everyPictureResolves()
{
    QFETCH(QString, language);
    const QString html = readGuide(language);
    QTextBrowser browser;
    browser.setSource(QUrl(QStringLiteral("qrc:/guide/guide.%1.html").arg(language)));
    static const QRegularExpression img(QStringLiteral("<img[^>]*\\ssrc=\"([^\"]+)\""));
    int count = 0;
    for (const QRegularExpressionMatch &m : img.globalMatch(html)) {
        const QString src = m.captured(1);
        const QUrl url = browser.source().resolved(QUrl(src));
        const QVariant image = browser.loadResource(QTextDocument::ImageResource, url);
        QVERIFY2(image.isValid() && !image.toByteArray().isEmpty(), qPrintable(src));
        QVERIFY2(!QImage::fromData(image.toByteArray()).isNull(), qPrintable(src));
        ++count;
    }
    QVERIFY(count >= 8); // one for each page, two for Proposals
}

void TestGuide::guideFollowsTheLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("file");
    QTest::newRow("French") << QLocale(QLocale::French) << QStringLiteral("guide.fr.html");
    QTest::newRow("Canadian French") << QLocale(QLocale::French, QLocale::Canada)
                                     << QStringLiteral("guide.fr.html");
    QTest::newRow("Spanish") << QLocale(QLocale::Spanish) << QStringLiteral("guide.es.html");
    QTest::newRow("English") << QLocale(QLocale::English) << QStringLiteral("guide.en.html");
    QTest::newRow("German falls back") << QLocale(QLocale::German) << QStringLiteral("guide.en.html");
}

void TestGuide::guideFollowsTheLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, file);
    QLocale::setDefault(locale);
    GuideWindow guide;
    QCOMPARE(guide.browser()->source().fileName(), file);
    QVERIFY(guide.browser()->document()->characterCount() > 1000);
    // The contents list is read from the guide: one entry per section, pages included.
    const auto *contents = guide.findChild<QListWidget *>(QStringLiteral("guideContents"));
    QVERIFY(contents);
    QVERIFY(contents->count() >= 11);
}

void TestGuide::f1OpensTheCurrentPagesSection()
{
    QLocale::setDefault(QLocale(QLocale::French));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.findChild<GuideWindow *>());
    window.showPage(QStringLiteral("workshopsPage"));
    QTest::keyClick(&window, Qt::Key_F1);
    auto *guide = window.findChild<GuideWindow *>();
    QVERIFY2(guide, "F1 opened no guide");
    QVERIFY(guide->isVisible());
    QVERIFY(guide->isWindow());
    QCOMPARE(guide->browser()->source().fileName(), QStringLiteral("guide.fr.html"));
    QCOMPARE(guide->browser()->source().fragment(), QStringLiteral("workshopsPage"));
    // The section's heading is at the top of the view, not the guide's first line.
    QVERIFY(guide->browser()->verticalScrollBar()->value() > 0);
    const int atWorkshops = guide->browser()->verticalScrollBar()->value();

    // Pressed again on another page, the same window follows.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(QStringLiteral("forumPage"));
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(window.findChildren<GuideWindow *>().size(), 1);
    QCOMPARE(guide->browser()->source().fragment(), QStringLiteral("forumPage"));
    QVERIFY(guide->browser()->verticalScrollBar()->value() < atWorkshops);
}

void TestGuide::aboutShowsTheVersion()
{
    MainWindow window;
    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QString shown;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            shown += label->text();
        dialog->reject();
    });
    about->trigger();
    QVERIFY2(shown.contains(QStringLiteral(CORDEE_VERSION)), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(shown.contains(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0")));
    QVERIFY(shown.contains(QStringLiteral("iso-codes")));
    QVERIFY(shown.contains(QStringLiteral("Noto")));
}

void TestGuide::toolbarActionsHaveTooltips()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDemo());
    const auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("pageToolbar"));
    QVERIFY(toolbar);
    int checked = 0;
    for (const Page *page : pagesOf(window)) {
        window.showPage(page->objectName());
        for (const QAction *action : toolbar->actions()) {
            if (action->isSeparator() || action->objectName() == u"undoAction" ||
                action->objectName() == u"redoAction")
                continue;
            const QString what = page->objectName() + QStringLiteral(": ") + plainText(action->text());
            QVERIFY2(!action->toolTip().isEmpty(), qPrintable(what));
            QVERIFY2(plainText(action->toolTip()) != plainText(action->text()), qPrintable(what));
            QVERIFY2(plainText(action->toolTip()) != plainText(action->iconText()), qPrintable(what));
            ++checked;
        }
    }
    QVERIFY(checked >= 25);
}

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
