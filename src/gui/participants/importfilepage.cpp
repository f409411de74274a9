#include "importwizardpages.h"

#include "tablereader.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cordee {

namespace {

constexpr int kPreviewRows = 20;
constexpr int kMaxPreviewColumnWidth = 240;

TableReadOutcome readTable(const QString &path, const ReadOptions &options)
{
    Result<TextTable> result = tablereader::readFile(path, options);
    if (!result)
        return {std::nullopt, result.error()};
    return {std::move(result).value(), {}};
}

/// "A" … "Z", "AA" …, as spreadsheets name their columns.
QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString encodingName(const QString &encoding)
{
    if (encoding == u"UTF-8 BOM")
        return ImportFilePage::tr("UTF-8 (with a byte-order mark)");
    if (encoding == u"UTF-16LE")
        return QStringLiteral("UTF-16 LE");
    if (encoding == u"UTF-16BE")
        return QStringLiteral("UTF-16 BE");
    return encoding;
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == u',')
        return ImportFilePage::tr("separated by commas");
    if (delimiter == u';')
        return ImportFilePage::tr("separated by semicolons");
    if (delimiter == u'\t')
        return ImportFilePage::tr("separated by tabs");
    return ImportFilePage::tr("separated by “%1”").arg(delimiter);
}

/// "Read as Windows-1252, separated by semicolons: 352 rows, 8 columns".
QString describeTable(const TextTable &table)
{
    const QString size = ImportFilePage::tr("%n row(s)", nullptr, int(table.rows.size())) +
                         QStringLiteral(", ") +
                         ImportFilePage::tr("%n column(s)", nullptr, int(table.header.size()));
    QString text;
    if (table.encoding == u"xlsx")
        text = ImportFilePage::tr("Read the first sheet of an Excel workbook: %1").arg(size);
    else if (table.encoding == u"ods")
        text = ImportFilePage::tr("Read the first sheet of an OpenDocument workbook: %1").arg(size);
    else
        text = ImportFilePage::tr("Read as %1, %2: %3")
                   .arg(encodingName(table.encoding), delimiterName(table.delimiter), size);
    if (!table.problems.isEmpty())
        text +=
            QStringLiteral(" · ") + ImportFilePage::tr("%n problem(s) in the file, listed at the review step",
                                                       nullptr, int(table.problems.size()));
    return text;
}

bool isWorkbook(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"xlsx" || suffix == u"ods";
}

} // namespace

ImportFilePage::ImportFilePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the Spreadsheet"));
    setSubTitle(
        tr("A CSV or text file saved from a spreadsheet or a registration form, or an Excel (.xlsx) or "
           "OpenDocument (.ods) workbook. Its first row must name the columns."));

    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    m_detected->setText(tr("No file chosen yet: Browse… to choose one."));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fileErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    m_error->setStyleSheet(
        QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 4px;"
                       "border-radius: 3px;"));
    m_error->hide();

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("rawPreview"));
    m_preview->setAccessibleName(tr("First rows of the file, as read"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFileRow());
    layout->addWidget(buildOptionsRow());
    layout->addWidget(buildProgressRow());
    layout->addWidget(m_detected);
    layout->addWidget(m_error);
    layout->addWidget(m_preview, 1);
    setTabOrder(m_browse, m_encoding);
    setTabOrder(m_encoding, m_delimiter);
    setTabOrder(m_delimiter, m_preview);
}

ImportFilePage::~ImportFilePage() = default;

QWidget *ImportFilePage::buildFileRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("File:"), row);
    m_fileName = new QLabel(tr("none"), row);
    m_fileName->setObjectName(QStringLiteral("fileNameLabel"));
    m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_browse = new QPushButton(tr("&Browse…"), row);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAccessibleName(tr("Choose the spreadsheet to import"));
    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    layout->addWidget(label);
    layout->addWidget(m_fileName, 1);
    layout->addWidget(m_browse);
    return row;
}

QWidget *ImportFilePage::buildOptionsRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_encoding = new QComboBox(row);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->addItem(tr("Detect automatically"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(QStringLiteral("UTF-16 LE"), QStringLiteral("UTF-16LE"));
    m_encoding->addItem(QStringLiteral("UTF-16 BE"), QStringLiteral("UTF-16BE"));
    m_encoding->addItem(QStringLiteral("Windows-1252"), QStringLiteral("Windows-1252"));
    m_encoding->setToolTip(tr("Choose another encoding if accented letters look wrong in the preview"));
    m_delimiter = new QComboBox(row);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->addItem(tr("Detect automatically"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setToolTip(tr("Choose another delimiter if the preview shows whole lines in one column"));
    auto *encodingLabel = new QLabel(tr("&Encoding:"), row);
    encodingLabel->setBuddy(m_encoding);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), row);
    delimiterLabel->setBuddy(m_delimiter);
    layout->addWidget(encodingLabel);
    layout->addWidget(m_encoding);
    layout->addSpacing(12);
    layout->addWidget(delimiterLabel);
    layout->addWidget(m_delimiter);
    layout->addStretch();
    m_encoding->setEnabled(false);
    m_delimiter->setEnabled(false);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::read);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFilePage::read);
    return row;
}

QWidget *ImportFilePage::buildProgressRow()
{
    m_progressRow = new QWidget(this);
    auto *layout = new QHBoxLayout(m_progressRow);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("readProgress"));
    m_progress->setAccessibleName(tr("Reading the file"));
    m_progress->setRange(0, 0); // how far a reader is in a file is unknown: indeterminate
    m_progress->setFormat(tr("Reading the file…"));
    m_progress->setTextVisible(true);
    auto *cancel = new QPushButton(tr("&Cancel Reading"), m_progressRow);
    cancel->setObjectName(QStringLiteral("cancelReadButton"));
    connect(cancel, &QPushButton::clicked, this, [this] {
        cancelReading();
        m_detected->setText(tr("Reading cancelled. Choose a file, or Browse… to read it again."));
    });
    layout->addWidget(m_progress, 1);
    layout->addWidget(cancel);
    m_progressRow->hide();
    return m_progressRow;
}

bool ImportFilePage::isComplete() const
{
    return m_session.table.has_value() && !isReading();
}

bool ImportFilePage::isTextFile() const
{
    return !isWorkbook(m_session.path);
}

ReadOptions ImportFilePage::readOptions() const
{
    ReadOptions options;
    if (!isTextFile())
        return options;
    options.encoding = m_encoding->currentData().toString();
    if (const QString d = m_delimiter->currentData().toString(); !d.isEmpty())
        options.delimiter = d.at(0);
    return options;
}

void ImportFilePage::browse()
{
    QSettings settings;
    const QString dir = m_session.path.isEmpty()
                            ? settings.value(QStringLiteral("import/directory"), QDir::homePath()).toString()
                            : QFileInfo(m_session.path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Spreadsheet"), dir,
                                                      tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx *.ods)") +
                                                          QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/directory"), QFileInfo(path).absolutePath());
    setFile(path);
}

void ImportFilePage::setFile(const QString &path)
{
    m_session.path = path;
    m_fileName->setText(QFileInfo(path).fileName());
    m_fileName->setToolTip(QDir::toNativeSeparators(path));
    // A new file is detected afresh.
    const QSignalBlocker encodingBlocker(m_encoding);
    const QSignalBlocker delimiterBlocker(m_delimiter);
    m_encoding->setCurrentIndex(0);
    m_delimiter->setCurrentIndex(0);
    read();
}

void ImportFilePage::read()
{
    cancelReading();
    m_session.table.reset();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    Q_EMIT completeChanged();
    if (m_session.path.isEmpty())
        return;
    m_encoding->setEnabled(isTextFile());
    m_delimiter->setEnabled(isTextFile());
    if (QFileInfo(m_session.path).size() > m_backgroundThreshold) {
        readInBackground(readOptions());
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const TableReadOutcome outcome = readTable(m_session.path, readOptions());
    QGuiApplication::restoreOverrideCursor();
    showOutcome(outcome);
}

void ImportFilePage::readInBackground(const ReadOptions &options)
{
    auto *watcher = new QFutureWatcher<TableReadOutcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        setReading(false);
        showOutcome(watcher->result());
    });
    setReading(true);
    watcher->setFuture(QtConcurrent::run(readTable, m_session.path, options));
}

void ImportFilePage::cancelReading()
{
    if (!m_watcher)
        return;
    // A reader cannot stop halfway through a file: its result is dropped when it comes.
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
    setReading(false);
    Q_EMIT completeChanged();
}

void ImportFilePage::setReading(bool reading)
{
    m_progressRow->setVisible(reading);
    m_encoding->setEnabled(!reading && isTextFile());
    m_delimiter->setEnabled(!reading && isTextFile());
    if (reading) {
        m_error->hide();
        m_detected->setText(tr("Reading “%1”…").arg(QFileInfo(m_session.path).fileName()));
    }
    Q_EMIT completeChanged();
}

void ImportFilePage::showOutcome(const TableReadOutcome &outcome)
{
    if (!outcome.table) {
        showError(outcome.error);
        return;
    }
    m_session.table = outcome.table;
    ++m_session.tableVersion;
    m_error->hide();
    m_detected->setText(describeTable(*m_session.table));
    m_detected->show();
    // A workbook's cells come without encoding or delimiter, whatever its name says.
    const bool text = m_session.table->encoding != u"xlsx" && m_session.table->encoding != u"ods";
    m_encoding->setEnabled(text && isTextFile());
    m_delimiter->setEnabled(text && isTextFile());
    fillPreview(*m_session.table);
    Q_EMIT completeChanged();
}

void ImportFilePage::showError(const Error &error)
{
    m_detected->hide();
    // The reader's message says what and where; this says what to do.
    m_error->setText(QStringLiteral("<b>%1</b><br>%2")
                         .arg(error.message.toHtmlEscaped(),
                              tr("Choose another file, or open this one in your spreadsheet program and save "
                                 "it as CSV or .xlsx.")
                                  .toHtmlEscaped()));
    m_error->setToolTip(error.detail);
    m_error->show();
    Q_EMIT completeChanged();
}

void ImportFilePage::fillPreview(const TextTable &table)
{
    const int columns = int(table.header.size());
    const int rows = int(qMin<qsizetype>(table.rows.size(), kPreviewRows));
    m_preview->clear();
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(rows + 1);
    QStringList letters;
    for (int c = 0; c < columns; ++c)
        letters << columnLetters(c);
    m_preview->setHorizontalHeaderLabels(letters);
    // Row numbers as the spreadsheet shows them, so problems found later ("row 12") can be found here.
    QStringList numbers{QStringLiteral("1")};
    QFont bold = m_preview->font();
    bold.setBold(true);
    for (int c = 0; c < columns; ++c) {
        auto *item = new QTableWidgetItem(table.header.at(c));
        item->setFont(bold);
        m_preview->setItem(0, c, item);
    }
    for (int r = 0; r < rows; ++r) {
        numbers << QString::number(table.rowNumbers.value(r, r + 2));
        const QStringList &cells = table.rows.at(r);
        for (int c = 0; c < columns; ++c)
            m_preview->setItem(r + 1, c, new QTableWidgetItem(cells.value(c)));
    }
    m_preview->setVerticalHeaderLabels(numbers);
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_preview->setColumnWidth(c, qMin(m_preview->columnWidth(c), kMaxPreviewColumnWidth));
}

} // namespace cordee
