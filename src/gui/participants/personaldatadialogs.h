#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace cordee {

class ForumDocument;
struct Participant;

/// A person's rights over their data, from the Participants page: a copy of everything the forum holds about
/// them (JSON), and erasure — the one change Cordée confirms, because it cannot be undone.
class PersonalDataDialogs
{
    Q_DECLARE_TR_FUNCTIONS(cordee::PersonalDataDialogs)

public:
    /// Asks where to save, then writes the person's data as JSON. Returns the path written, or empty.
    static QString exportData(QWidget *parent, ForumDocument &document, qint64 participantId);
    /// Writes the person's data as JSON to `path`; a failure is said in a message box.
    static bool exportDataTo(QWidget *parent, ForumDocument &document, qint64 participantId,
                             const QString &path);
    /// Says what goes and what stays, asks, then erases for good. True when erased.
    static bool erase(QWidget *parent, ForumDocument &document, qint64 participantId);

    /// "Hélène Vasseur - personal data.json", safe as a file name.
    static QString suggestedFileName(const Participant &participant);
    /// Writes `bytes` to `path` whole or not at all; a failure is said in a message box naming the file and
    /// the system's reason.
    static bool writeFile(QWidget *parent, const QString &path, const QByteArray &bytes);
};

} // namespace cordee
