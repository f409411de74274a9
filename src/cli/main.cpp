// cordee-cli: forum files from the command line. The commands live in their own files; see clicommand.h.

#include "clicommand.h"
#include "clioutput.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // QCoreApplication is enough: the document, its undo stack and the item models need no GUI.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cordee-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Cordee"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORDEE_VERSION));
    cordee::cli::quietQtLogging();
    return cordee::cli::runCommandLine(QCoreApplication::arguments().mid(1));
}
