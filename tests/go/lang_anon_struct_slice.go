package main

import "fmt"

func main() {
	tests := []struct {
		in   string
		want int
	}{
		{"a", 1},
		{"héllo", 5},
		{"", 0},
	}
	for i, tc := range tests {
		got := len([]rune(tc.in))
		fmt.Printf("case %d %q: got %d want %d ok=%v\n", i, tc.in, got, tc.want, got == tc.want)
	}
	point := struct{ X, Y int }{1, 2}
	type P struct{ X, Y int }
	var p P = point
	fmt.Println(p, point)
	cfg := map[string]struct {
		Port int
		TLS  bool
	}{"web": {80, false}, "api": {443, true}}
	fmt.Println(cfg)
	fmt.Printf("%+v\n", cfg["api"])
}
