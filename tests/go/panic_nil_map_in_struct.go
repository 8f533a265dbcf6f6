package main

import "fmt"

type Registry struct {
	name    string
	entries map[string]int
}

func NewRegistry(name string) Registry {
	return Registry{name: name}
}

func (r *Registry) Register(key string, v int) {
	r.entries[key] = v
}

func main() {
	r := NewRegistry("plugins")
	fmt.Println("lookups on a nil map are fine:", r.entries["x"], len(r.entries))
	for k := range r.entries {
		fmt.Println("never", k)
	}
	delete(r.entries, "x")
	fmt.Println("registering...")
	r.Register("auth", 1)
	fmt.Println("done")
}
