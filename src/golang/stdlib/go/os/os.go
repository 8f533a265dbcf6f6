// Package os: chanlab's implementation: the standard streams, Args, Exit, Getenv and the
// signals the page can send (Interrupt, Kill).
package os

import (
	"errors"
	"io"
	"syscall"
)

// File is an open standard stream.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// ErrClosed, ErrNotExist...: the errors programs compare against.
var (
	ErrInvalid          = errors.New("invalid argument")
	ErrPermission       = errors.New("permission denied")
	ErrExist            = errors.New("file already exists")
	ErrNotExist         = errors.New("file does not exist")
	ErrClosed           = errors.New("file already closed")
	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

// Args hold the command-line arguments, starting with the program name.
var Args = args()

func args() []string

// write sends b to the program's stdout (fd 1) or stderr (fd 2).
func write(fd int, b []byte)

func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	if f.fd == 0 {
		return 0, errors.New("write " + f.name + ": bad file descriptor")
	}
	write(f.fd, b)
	return len(b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Read: standard input is always empty in chanlab.
func (f *File) Read(b []byte) (n int, err error) {
	return 0, io.EOF
}

func (f *File) Close() error { return nil }

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Exit ends the program now with status code; deferred calls do not run.
func Exit(code int)

// Getenv: chanlab programs run with an empty environment.
func Getenv(key string) string { return "" }

// LookupEnv: chanlab programs run with an empty environment.
func LookupEnv(key string) (string, bool) { return "", false }

// Getpid returns a fixed process id.
func Getpid() int { return 1 }

// Hostname returns the simulated machine's name.
func Hostname() (string, error) { return "chanlab", nil }

// Signal is an operating system signal.
type Signal interface {
	String() string
	Signal()
}

var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)
