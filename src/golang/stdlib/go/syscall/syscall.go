// Package syscall: chanlab's implementation: the signal numbers and their names, and Kill
// for a program that signals itself.
package syscall

// Signal is a Unix signal number.
type Signal int

const (
	SIGHUP  = Signal(0x1)
	SIGINT  = Signal(0x2)
	SIGQUIT = Signal(0x3)
	SIGKILL = Signal(0x9)
	SIGUSR1 = Signal(0xa)
	SIGUSR2 = Signal(0xc)
	SIGPIPE = Signal(0xd)
	SIGALRM = Signal(0xe)
	SIGTERM = Signal(0xf)
)

func (s Signal) Signal() {}

func (s Signal) String() string {
	switch s {
	case SIGHUP:
		return "hangup"
	case SIGINT:
		return "interrupt"
	case SIGQUIT:
		return "quit"
	case SIGKILL:
		return "killed"
	case SIGUSR1:
		return "user defined signal 1"
	case SIGUSR2:
		return "user defined signal 2"
	case SIGPIPE:
		return "broken pipe"
	case SIGALRM:
		return "alarm clock"
	case SIGTERM:
		return "terminated"
	}
	return "signal " + itoa(int(s))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}

// Errno is an error number from the operating system.
type Errno uintptr

func (e Errno) Error() string {
	switch e {
	case ESRCH:
		return "no such process"
	case EINVAL:
		return "invalid argument"
	}
	return "errno " + itoa(int(e))
}

const (
	ESRCH  = Errno(0x3)
	EINVAL = Errno(0x16)
)

// Getpid returns the process id: chanlab runs a single process.
func Getpid() int { return 1 }

// raise delivers sig to the program itself, as if it came from outside.
func raise(sig int)

// Kill sends sig to process pid. The only process chanlab knows is the program itself.
func Kill(pid int, sig Signal) error {
	if sig < 0 || sig > 64 {
		return EINVAL
	}
	if pid != Getpid() {
		return ESRCH
	}
	raise(int(sig))
	return nil
}
