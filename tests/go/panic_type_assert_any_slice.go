package main

import "fmt"

type Event struct {
	Name    string
	Payload any
}

func total(events []Event) int {
	sum := 0
	for _, e := range events {
		switch p := e.Payload.(type) {
		case int:
			sum += p
		case []int:
			for _, v := range p {
				sum += v
			}
		default:
			sum += e.Payload.(int)
		}
	}
	return sum
}

func main() {
	events := []Event{
		{"a", 1},
		{"b", []int{2, 3}},
		{"c", int64(4)},
	}
	fmt.Println("total of first two:", total(events[:2]))
	fmt.Println("total:", total(events))
}
