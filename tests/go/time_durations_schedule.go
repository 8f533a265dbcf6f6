package main

import (
	"fmt"
	"time"
)

type Shift struct {
	Who   string
	Start time.Time
	Len   time.Duration
}

func (s Shift) End() time.Time { return s.Start.Add(s.Len) }

func overlaps(a, b Shift) bool {
	return a.Start.Before(b.End()) && b.Start.Before(a.End())
}

func main() {
	day := time.Date(2025, time.March, 9, 0, 0, 0, 0, time.UTC)
	shifts := []Shift{
		{"ann", day.Add(8 * time.Hour), 8 * time.Hour},
		{"bob", day.Add(15*time.Hour + 30*time.Minute), 4*time.Hour + 45*time.Minute},
		{"cy", day.Add(22 * time.Hour), 9 * time.Hour},
	}
	var total time.Duration
	for _, s := range shifts {
		total += s.Len
		fmt.Printf("%-4s %s -> %s (%v) %s\n", s.Who, s.Start.Format("Mon 15:04"), s.End().Format("Mon 15:04"), s.Len, s.End().Weekday())
	}
	fmt.Println("total:", total, "hours:", total.Hours(), "minutes:", total.Minutes())
	fmt.Println("ann/bob overlap:", overlaps(shifts[0], shifts[1]), "ann/cy:", overlaps(shifts[0], shifts[2]))
	gap := shifts[2].Start.Sub(shifts[1].End())
	fmt.Println("gap:", gap, gap.Round(time.Hour), gap.Truncate(time.Hour))

	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Seconds(), d.Milliseconds())
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	for _, x := range []time.Duration{0, 1, 999, 1500 * time.Microsecond, -90 * time.Second, 100 * time.Hour} {
		fmt.Print(x, " ")
	}
	fmt.Println()

	t := time.Date(2024, 2, 28, 23, 59, 59, 0, time.UTC)
	next := t.Add(2 * time.Second)
	fmt.Println(next.Format(time.RFC3339), next.YearDay(), next.Month(), next.Day())
	fmt.Println(t.AddDate(0, 0, 1).Format("2006-01-02"), t.AddDate(0, 1, 3).Format("Jan 2, 2006"))
	p, err := time.Parse("2006-01-02 15:04", "2025-12-31 18:45")
	fmt.Println(p, err, p.Unix())
	_, err = time.Parse("2006-01-02", "2025-13-01")
	fmt.Println(err)
	y, w := p.ISOWeek()
	fmt.Println(y, w, p.Truncate(24*time.Hour).Format(time.DateTime), p.Equal(p.Add(0)))
	fmt.Println(time.Unix(1700000000, 0).UTC().Format(time.RFC1123))
}
