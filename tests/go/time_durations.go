package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second, 90 * time.Second, 3*time.Hour + 25*time.Minute + 100*time.Millisecond, -2 * time.Second}
	for _, d := range ds {
		fmt.Println(d, d.Seconds(), d.Milliseconds(), int64(d))
	}
	d := 1*time.Hour + 15*time.Minute + 30*time.Second + 918*time.Millisecond
	fmt.Println(d.Round(time.Second), d.Truncate(time.Minute), d.Round(time.Hour), d.Hours(), d.Minutes())
	fmt.Printf("%v %d %s %.1f\n", d, d, 2*time.Millisecond, time.Duration(1500).Seconds())
	p, err := time.ParseDuration("1h2m3.5s")
	fmt.Println(p, err)
	_, err = time.ParseDuration("3 days")
	fmt.Println(err)
	fmt.Println(time.Duration(1<<63-1), time.Duration(-1<<63))
	fmt.Println(d.Abs(), (-d).Abs(), time.Second.String())
	fmt.Printf("%T %v\n", time.Millisecond, time.Millisecond*time.Duration(3))
}
