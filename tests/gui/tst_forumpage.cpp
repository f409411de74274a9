// The Forum page's journey on the demo forum: seven steps from setting the forum up to the declaration, each
// with its state and a button to the page where it is done.

#include "forumdocument.h"
#include "mainwindow.h"
#include "proposalspage.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace cordee;
using namespace Qt::StringLiterals;

class TstForumPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void journeyHasSevenSteps();
    void proposalStepsOpenTheirMode();
    void declarationStepOpensSynthesis();

private:
    QWidget *page(const QString &name) const { return m_window->findChild<QWidget *>(name); }
    std::unique_ptr<MainWindow> m_window;
};

void TstForumPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDemo());
}

void TstForumPage::journeyHasSevenSteps()
{
    for (const QString &name :
         {u"setupStepButton"_s, u"registerStepButton"_s, u"programmeStepButton"_s, u"workshopsStepButton"_s,
          u"captureStepButton"_s, u"curateStepButton"_s, u"declarationStepButton"_s}) {
        auto *button = m_window->findChild<QPushButton *>(name);
        QVERIFY2(button && button->isEnabled(), qPrintable(name));
    }
    // The demo's committee has retained and ordered its proposals, and nothing is exported yet.
    QWidget *forum = page(u"forumPage"_s);
    QStringList texts;
    for (QLabel *label : forum->findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(u'\n');
    const int retained = int(m_window->document()->proposals().retainedInOrder().size());
    QVERIFY(retained > 0);
    QVERIFY2(all.contains(u"%1 proposal"_s.arg(retained)) && all.contains(u"retained for the declaration"_s),
             qPrintable(all));
    QVERIFY2(all.contains(u"Edit the free texts"_s), qPrintable(all));
}

void TstForumPage::proposalStepsOpenTheirMode()
{
    auto *proposals = m_window->findChild<ProposalsPage *>(u"proposalsPage"_s);
    m_window->findChild<QPushButton *>(u"curateStepButton"_s)->click();
    QTRY_VERIFY(proposals->isVisible());
    QCOMPARE(proposals->mode(), ProposalsPage::Curate);
    m_window->showPage(u"forumPage"_s);
    m_window->findChild<QPushButton *>(u"captureStepButton"_s)->click();
    QTRY_VERIFY(proposals->isVisible());
    QCOMPARE(proposals->mode(), ProposalsPage::Capture);
    m_window->showPage(u"forumPage"_s);
}

void TstForumPage::declarationStepOpensSynthesis()
{
    m_window->findChild<QPushButton *>(u"declarationStepButton"_s)->click();
    QTRY_VERIFY(page(u"synthesisPage"_s)->isVisible());
}

QTEST_MAIN(TstForumPage)
#include "tst_forumpage.moc"
