#pragma once

#include "importwizardpages.h"

#include <QWizard>

namespace cordee {

/// Import Participants: choose a spreadsheet and see it as read, say which field each column feeds, then
/// review what the import would do — new people, people completed, duplicates, refused rows and every
/// problem by row and column — before anything is written. The caller applies plan() as one undoable step.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, ColumnsPageId, ReviewPageId };

    /// Plans against a forum that has `existing` participants, `themes` and `timeSlots`.
    ImportWizard(QList<Participant> existing, QList<Theme> themes, QList<TimeSlot> timeSlots,
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Presets the file (tests, drag and drop) and reads it.
    void setFile(const QString &path);
    QString filePath() const { return m_session.path; }
    /// What Import would do; valid once the review page has been shown.
    const ImportPlan &plan() const { return m_session.plan; }
    /// Files larger than `bytes` are read in the background, with progress and Cancel.
    void setBackgroundThreshold(qint64 bytes);

private:
    ImportSession m_session;
    ImportFilePage *m_filePage = nullptr;
};

} // namespace cordee
