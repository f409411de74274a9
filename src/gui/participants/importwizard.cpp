#include "importwizard.h"

#include "icons.h"

namespace cordee {

ImportWizard::ImportWizard(QList<Participant> existing, QList<Theme> themes, QList<TimeSlot> timeSlots,
                           QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Participants"));
    setWindowIcon(themedIcon(QStringLiteral("document-import")));
    // The classic style on every platform: one look, and no banner eating the height of a 800-pixel screen.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Import"));
    m_session.existing = std::move(existing);
    m_session.themes = std::move(themes);
    m_session.timeSlots = std::move(timeSlots);

    m_filePage = new ImportFilePage(m_session, this);
    setPage(FilePageId, m_filePage);
    setPage(ColumnsPageId, new ImportColumnsPage(m_session, this));
    setPage(ReviewPageId, new ImportReviewPage(m_session, this));
    setStartId(FilePageId);
    resize(920, 640);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString &path)
{
    if (currentId() != FilePageId)
        restart();
    m_filePage->setFile(path);
}

void ImportWizard::setBackgroundThreshold(qint64 bytes)
{
    m_filePage->setBackgroundThreshold(bytes);
}

} // namespace cordee
