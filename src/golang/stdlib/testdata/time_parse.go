package main

import (
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{"2006-01-02", "2023-12-25"}, {"2006-01-02", "2023-13-01"}, {"2006-01-02", "2023-02-30"},
		{"2006-01-02", "2023-1-5"}, {"2006-01-02", "2023-12-25x"}, {time.RFC3339, "2024-03-15T13:04:05Z"},
		{time.RFC3339, "2024-03-15T13:04:05+02:00"}, {time.DateTime, "2024-03-15 13:04:05"},
		{time.Kitchen, "3:04PM"}, {"Jan 2, 2006 at 3:04pm", "Mar 15, 2024 at 1:04pm"},
		{"2006-01-02 15:04:05.000", "2024-03-15 13:04:05.123"}, {time.RFC1123, "Fri, 15 Mar 2024 13:04:05 UTC"},
		{"02/01/2006", "15/03/2024"}, {"2006-01-02", "abc"}, {"15:04", "25:00"}, {"Monday, January 2", "Friday, March 15"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		fmt.Println(t.UTC().Format(time.RFC3339Nano), err)
	}
}
