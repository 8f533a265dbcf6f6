package main

import "fmt"

type Store struct{ data map[string]any }

func (s *Store) Get[T any](key string) (T, bool) {
	v, ok := s.data[key].(T)
	return v, ok
}

func (s *Store) Put[T comparable](key string, v T) { s.data[key] = v }

type Getter interface {
	Get(key string) (int, bool)
}

func main() {
	s := &Store{data: map[string]any{}}
	s.Put("k", []int{1})
	n, ok := s.Get("k")
	var g Getter = s
	m, _ := s.Get[int, string]("k")
	fmt.Println(n, ok, g, m)
}
