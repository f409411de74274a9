#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

// Cordée's own strings (embedded) and Qt's standard dialogs and buttons, in the system's language.
void installTranslations(QApplication &app)
{
    const QLocale locale;
    auto *own = new QTranslator(&app);
    // English has a catalogue too, for its plural forms; it is also the fallback for other languages.
    if (own->load(locale, QStringLiteral("cordee"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/cordee_en.qm")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cordee"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cordée"));
    QApplication::setOrganizationName(QStringLiteral("Cordee"));
    QApplication::setApplicationVersion(QStringLiteral(CORDEE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.cordee.Cordee"));
    installTranslations(app);

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
