package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.March, 15, 13, 4, 5, 0, time.UTC)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay())
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.Format(time.RFC3339), t.Format("Jan 2, 2006 at 3:04pm"))
	u := t.Add(36 * time.Hour)
	fmt.Println(u.Format(time.DateOnly), u.Sub(t), u.After(t), t.Equal(t))
	fmt.Println(t.AddDate(0, 1, 20).Format(time.DateTime))
	fmt.Println(t.Unix(), t.Truncate(time.Hour).Format(time.Kitchen))
	p, err := time.Parse("2006-01-02", "2023-12-25")
	fmt.Println(p.Weekday(), err)
	_, err = time.Parse("2006-01-02", "2023-13-01")
	fmt.Println(err)
	fmt.Println(time.Month(5), time.Saturday, time.Unix(0, 0).UTC())
	fmt.Println(t)
}
