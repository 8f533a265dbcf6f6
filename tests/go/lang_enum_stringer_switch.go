package main

import (
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool {
	switch d {
	case Saturday, Sunday:
		return true
	}
	return false
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	if p == 0 {
		return "---"
	}
	var sb strings.Builder
	for i, c := range "rwx" {
		if p&(1<<i) != 0 {
			sb.WriteRune(c)
		} else {
			sb.WriteByte('-')
		}
	}
	return sb.String()
}

type Size float64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

func (s Size) String() string {
	switch {
	case s >= GB:
		return fmt.Sprintf("%.1fGB", s/GB)
	case s >= MB:
		return fmt.Sprintf("%.1fMB", s/MB)
	case s >= KB:
		return fmt.Sprintf("%.1fKB", s/KB)
	}
	return fmt.Sprintf("%.0fB", float64(s))
}

func main() {
	for d := Sunday; d <= Saturday+1; d++ {
		fmt.Printf("%v(%d) weekend=%t; ", d, d, d.Weekend())
	}
	fmt.Println()
	fmt.Printf("%s %v %d %x %q\n", Friday, Friday, Friday, Friday, Friday)
	fmt.Println([]Weekday{Monday, Friday}, map[Weekday]int{Tuesday: 2, Monday: 1})

	perms := []Perm{0, Read, Read | Write, Read | Exec, Read | Write | Exec, Write &^ Write}
	fmt.Println(perms)
	p := Read | Write
	p &^= Read
	p |= Exec
	fmt.Printf("%v %d %08b\n", p, p, p)

	fmt.Println(Size(512), Size(1536), 3*MB, Size(5.5*float64(GB)))
	fmt.Printf("KB=%v MB=%.0f GB=%e\n", KB, float64(MB), float64(GB))

	switch d := Weekday(3); {
	case d.Weekend():
		fmt.Println("weekend")
	case d == Wednesday:
		fmt.Println("midweek")
		fallthrough
	case d > Monday:
		fmt.Println("after monday")
	default:
		fmt.Println("other")
	}
}
