// Package log: chanlab's implementation: a Logger writes lines with an optional prefix and
// date/time header (the virtual clock's, e.g. "2009/11/10 23:00:00 "); Fatal exits with
// status 1, Panic panics.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"
)

const (
	Ldate         = 1 << iota // the date: 2009/01/23
	Ltime                     // the time: 01:23:23
	Lmicroseconds             // microsecond resolution: 01:23:23.123123
	Llongfile                 // full file name and line number
	Lshortfile                // final file name element and line number
	LUTC                      // UTC (chanlab's clock is always UTC)
	Lmsgprefix                // the prefix before the message instead of the line
	LstdFlags     = Ldate | Ltime
)

// A Logger writes lines of output to an io.Writer.
type Logger struct {
	mu     sync.Mutex
	prefix string
	flag   int
	out    io.Writer
}

func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = New(os.Stderr, "", LstdFlags)

func Default() *Logger { return std }

func pad(b []byte, v, width int) []byte {
	s := fmt.Sprint(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// header is the prefix and date/time before a message.
func (l *Logger) header(t time.Time, file string, line int) []byte {
	var b []byte
	if l.flag&Lmsgprefix == 0 {
		b = append(b, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if l.flag&Ldate != 0 {
			y, m, d := t.Date()
			b = pad(b, y, 4)
			b = append(b, '/')
			b = pad(b, int(m), 2)
			b = append(b, '/')
			b = pad(b, d, 2)
			b = append(b, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			h, mi, s := t.Clock()
			b = pad(b, h, 2)
			b = append(b, ':')
			b = pad(b, mi, 2)
			b = append(b, ':')
			b = pad(b, s, 2)
			if l.flag&Lmicroseconds != 0 {
				b = append(b, '.')
				b = pad(b, t.Nanosecond()/1e3, 6)
			}
			b = append(b, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		b = append(b, file...)
		b = append(b, ':')
		b = append(b, fmt.Sprint(line)...)
		b = append(b, ": "...)
	}
	if l.flag&Lmsgprefix != 0 {
		b = append(b, l.prefix...)
	}
	return b
}

// Output writes a log line for s (a newline is added if missing); calldepth counts the
// frames above the caller for Lshortfile.
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	file, line := "???", 0
	if l.flag&(Lshortfile|Llongfile) != 0 {
		if _, f, n, ok := runtime.Caller(calldepth); ok {
			file, line = f, n
			if l.flag&Lshortfile != 0 {
				for i := len(file) - 1; i > 0; i-- {
					if file[i] == '/' {
						file = file[i+1:]
						break
					}
				}
			}
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.header(now, file, line)
	b = append(b, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		b = append(b, '\n')
	}
	_, err := l.out.Write(b)
	return err
}

func (l *Logger) Print(v ...any)                 { l.Output(2, fmt.Sprint(v...)) }
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Println(v ...any)               { l.Output(2, fmt.Sprintln(v...)) }

func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Flags() int { return l.flag }

func (l *Logger) SetFlags(flag int) { l.flag = flag }

func (l *Logger) Prefix() string { return l.prefix }

func (l *Logger) SetPrefix(prefix string) { l.prefix = prefix }

func (l *Logger) Writer() io.Writer { return l.out }

func (l *Logger) SetOutput(w io.Writer) { l.out = w }

func Print(v ...any)                 { std.Output(2, fmt.Sprint(v...)) }
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }
func Println(v ...any)               { std.Output(2, fmt.Sprintln(v...)) }

func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}

func Flags() int                           { return std.Flags() }
func SetFlags(flag int)                    { std.SetFlags(flag) }
func Prefix() string                       { return std.Prefix() }
func SetPrefix(prefix string)              { std.SetPrefix(prefix) }
func Writer() io.Writer                    { return std.Writer() }
func SetOutput(w io.Writer)                { std.SetOutput(w) }
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }
