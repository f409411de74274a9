#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace cordee {

/// What went wrong, said for a person: `message` is translated and complete; `detail` carries the technical
/// cause (an SQL error, an OS error) for the details part of a dialog or for stderr.
struct Error
{
    QString message;
    QString detail;

    QString fullText() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')';
    }
};

/// The outcome of an operation that returns nothing: ok, or an error the caller must look at.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    static Status ok() { return {}; }

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

/// A value or an error.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}
    Result(const Status &status)
        : m_data(status.error())
    {}

    bool isOk() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return isOk(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }
    Status status() const { return isOk() ? Status::ok() : Status(error()); }

private:
    std::variant<T, Error> m_data;
};

} // namespace cordee
