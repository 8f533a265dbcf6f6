package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

type Time struct{ ns int64 }

func Sleep(d Duration)
func After(d Duration) <-chan Time
func Tick(d Duration) <-chan Time
func Now() Time
func Since(t Time) Duration
func Until(t Time) Duration
func (t Time) Add(d Duration) Time
func (t Time) Sub(u Time) Duration
func (t Time) Before(u Time) bool
func (d Duration) Seconds() float64 { return float64(d) / 1e9 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }
func (d Duration) String() string

type Timer struct {
	C <-chan Time
	r any
}

func NewTimer(d Duration) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool

type Ticker struct {
	C <-chan Time
	r any
}

func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func (d Duration) Round(m Duration) Duration
func (d Duration) Truncate(m Duration) Duration
