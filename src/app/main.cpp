#include "mainwindow.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cordee"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cordée"));
    QApplication::setOrganizationName(QStringLiteral("Cordee"));
    QApplication::setApplicationVersion(QStringLiteral(CORDEE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.cordee.Cordee"));
    cordee::uilanguage::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Cordée: from the participants of a forum to its final declaration."));
    parser.addHelpOption();
    // Not addVersionOption(): it prints the settings' application name ("Cordee"); scripts and the man page
    // expect the program's, "cordee 0.1.0", like "cordee-cli 0.1.0". The words (and their translations) are
    // cordee-cli's.
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QApplication::translate("Cli", "Show the version and exit."));
    parser.addOption(version);
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open a fresh temporary copy of the demo forum."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The forum file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    if (parser.isSet(version)) {
        std::fputs("cordee " CORDEE_VERSION "\n", stdout);
        return 0;
    }

    cordee::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    // Open after the event loop starts, so an error dialog has its window behind it.
    QTimer::singleShot(0, &window, [&] {
        if (parser.isSet(demo))
            window.openDemo();
        else if (!files.isEmpty())
            window.openFile(files.constFirst());
    });
    return app.exec();
}
