#include "personaldatadialogs.h"

#include "forumdocument.h"
#include "personaldata.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>

namespace cordee {

QString PersonalDataDialogs::suggestedFileName(const Participant &participant)
{
    QString name = participant.displayName().simplified();
    // Characters that some file systems refuse.
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    if (name.isEmpty())
        return tr("personal data.json");
    return tr("%1 - personal data.json").arg(name);
}

QString PersonalDataDialogs::exportData(QWidget *parent, ForumDocument &document, qint64 participantId)
{
    const int index = document.indexOfParticipant(participantId);
    if (index < 0)
        return {};
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export Personal Data"),
        QDir::home().filePath(suggestedFileName(document.participants().at(index))),
        tr("JSON files (*.json)"));
    if (path.isEmpty() || !exportDataTo(parent, document, participantId, path))
        return {};
    return path;
}

bool PersonalDataDialogs::exportDataTo(QWidget *parent, ForumDocument &document, qint64 participantId,
                                       const QString &path)
{
    const Result<QByteArray> json = personaldata::exportJson(document.database(), participantId);
    if (!json) {
        QMessageBox box(
            QMessageBox::Warning, tr("Cannot Export the Personal Data"),
            tr("The personal data could not be read from the forum file: %1").arg(json.error().message),
            QMessageBox::Ok, parent);
        box.setInformativeText(tr("Nothing was written. Try again; if it fails again, save a copy of the "
                                  "forum (File ▸ Save a Copy As…) and report the problem."));
        box.setDetailedText(json.error().detail);
        box.exec();
        return false;
    }
    return writeFile(parent, path, json.value());
}

bool PersonalDataDialogs::writeFile(QWidget *parent, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    const QFileInfo info(path);
    QMessageBox box(
        QMessageBox::Warning, tr("Cannot Save the File"),
        tr("“%1” could not be written in %2: %3.")
            .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()), file.errorString()),
        QMessageBox::Ok, parent);
    box.setInformativeText(tr("Choose another folder, or check that the disk is not full and that you may "
                              "write there."));
    box.exec();
    return false;
}

bool PersonalDataDialogs::erase(QWidget *parent, ForumDocument &document, qint64 participantId)
{
    const int index = document.indexOfParticipant(participantId);
    if (index < 0)
        return false;
    const QString name = document.participants().at(index).displayName();
    QMessageBox box(QMessageBox::Warning, tr("Erase Personal Data"),
                    tr("Erase the personal data of %1 for good?").arg(name), QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("eraseConfirmation"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr(
        "Their first and last name, e-mail address, organisation, languages and notes are deleted from the "
        "forum file. Their country, category, gender, age band and status stay, so the forum's figures "
        "and charts do not change.\n\n"
        "This cannot be undone, and the undo history is cleared: earlier changes cannot be undone either. "
        "To give them a copy of their data first, use Export Personal Data…"));
    QPushButton *erase = box.addButton(tr("Erase"), QMessageBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("eraseButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != erase)
        return false;
    // A failure has been said by the window (the document reports it through storageFailed).
    return document.eraseParticipant(participantId).isOk();
}

} // namespace cordee
